import type { Fix } from '../trajectory/fixes-to-parts';
import type { Stay } from '../trajectory/types';
import { ParseContext, residentSettings, quote, toParsedTrajectory, type Where } from './parse-context';
import { findColumn, readCsv, type CsvTable } from './read-csv';
import type { CaseClassification, CommonParseOptions, ParsedTrajectory } from './types';

/** Header names per column, normalized (see `normalizeHeader`), in order of preference. */
const ALIASES = {
  lng: ['lng', 'lon', 'long', 'longitude', '经度', '經度'],
  lat: ['lat', 'latitude', '纬度', '緯度'],
  time: ['time', 'timestamp', 'datetime', '时间', '時間', '定位时间', '日期时间'],
  start: ['start', 'starttime', 'begin', 'from', '开始时间', '开始', '開始時間', '開始', '起始时间'],
  end: ['end', 'endtime', 'to', '结束时间', '结束', '結束時間', '結束', '截止时间'],
  place: ['place', 'name', 'location', '地点', '地點', '名称', '名稱'],
  caseCode: ['casecode', 'caseid', 'case', '病例编号', '病例編號', '案号', '案號'],
  classification: ['classification', '分类', '分類', '病例类型', '病例類型'],
} as const;

type Column = keyof typeof ALIASES;

/** One row of a trajectory or case CSV, read and checked. */
export type CsvRecord = {
  line: number;
  caseCode?: string;
  classification?: CaseClassification;
  stay?: Stay;
  fix?: Fix;
};

/**
 * Reads a CSV of timed fixes (`lon,lat,time`) or of stays (`place,lon,lat,start,end`), with English or Chinese
 * headers in any column order. Times without an offset are wall time in `timeZone`; epoch seconds/ms are accepted.
 * Errors name the 1-based line, counting the header.
 *
 * @example
 * parseCsv('lon,lat,time\n116.3,39.9,2020-02-16T10:00:00Z\n116.31,39.9,2020-02-16T10:01:00Z')
 * // → { format: 'csv', parts: [{ kind: 'movement', lngLats: [[116.3, 39.9], [116.31, 39.9]], times: [...] }], ... }
 */
export function parseCsv(text: string, options: CommonParseOptions = {}): ParsedTrajectory {
  const context = new ParseContext('csv', options, residentSettings(options));
  const records = readCsvRecords(readCsv(text, context), context, { isCaseTrack: false });
  const fixes = records.flatMap((record) => (record.fix ? [record.fix] : []));
  const stays = records.flatMap((record) => (record.stay ? [record.stay] : []));
  return toParsedTrajectory('csv', context, context.assemble([{ label: [{ kind: 'file' }], fixes }], stays));
}

/**
 * Maps the header and reads each row; shared with the case CSV import.
 *
 * @example
 * readCsvRecords(readCsv('lon,lat,time\n1,1,2020-01-01T00:00:00Z', context), context, { isCaseTrack: false })
 * // → [{ line: 2, fix: { lngLat: [1, 1], time: 1577836800000 } }]
 */
export function readCsvRecords(
  table: CsvTable,
  context: ParseContext,
  settings: { isCaseTrack: boolean; defaultCaseCode?: string },
): CsvRecord[] {
  const columns = Object.fromEntries(
    (Object.keys(ALIASES) as Column[]).map((column) => [column, findColumn(table.header, ALIASES[column])]),
  ) as Record<Column, number | undefined>;
  const found = table.header.map((cell) => quote(cell)).join(', ');
  if (columns.lng === undefined || columns.lat === undefined) {
    context.failAt({ line: 1 }, 'parse.header-lnglat', { found });
  }
  const isStays = columns.start !== undefined && columns.end !== undefined;
  if (!isStays && columns.time === undefined) {
    context.failAt({ line: 1 }, 'parse.header-time', { found });
  }
  if (settings.isCaseTrack && columns.caseCode === undefined && settings.defaultCaseCode === undefined) {
    context.failAt({ line: 1 }, 'parse.header-case-code', { found });
  }
  if (table.rows.length === 0) context.fail('parse.no-rows');

  const cell = (cells: string[], column: Column): string | undefined => {
    const index = columns[column];
    return index === undefined ? undefined : cells[index];
  };

  return table.rows.flatMap((row) => {
    const where: Where = { line: row.line };
    const record = context.record((): CsvRecord => {
      const lng = context.number(cell(row.cells, 'lng'), 'longitude', where);
      const lat = context.number(cell(row.cells, 'lat'), 'latitude', where);
      const lngLat = context.lngLat(lng, lat, where);
      const result: CsvRecord = { line: row.line };
      if (settings.isCaseTrack) {
        const caseCode = cell(row.cells, 'caseCode') || settings.defaultCaseCode;
        if (!caseCode) context.failAt(where, 'parse.value-missing', { field: 'caseCode' });
        result.caseCode = caseCode;
        const classification = cell(row.cells, 'classification');
        if (classification) result.classification = readClassification(classification, where, context);
      }
      if (isStays) {
        const start = context.instant(cell(row.cells, 'start'), 'start', where);
        const end = context.instant(cell(row.cells, 'end'), 'end', where);
        result.stay = context.stay(lngLat, start, end, where, cell(row.cells, 'place') || undefined);
      } else {
        result.fix = { lngLat, time: context.instant(cell(row.cells, 'time'), 'time', where) };
      }
      return result;
    });
    return record ? [record] : [];
  });
}

/**
 * A case classification in English or Chinese.
 *
 * @example
 * readClassification('无症状', { line: 2 }, context) // → 'asymptomatic'
 */
export function readClassification(value: string, where: Where, context: ParseContext): CaseClassification {
  const normalized = value.trim().toLowerCase();
  if (normalized === 'confirmed' || normalized === '确诊' || normalized === '確診') return 'confirmed';
  if (normalized === 'asymptomatic' || normalized === '无症状' || normalized === '無症狀') return 'asymptomatic';
  return context.failAt(where, 'parse.classification-invalid', { value: quote(value) });
}
