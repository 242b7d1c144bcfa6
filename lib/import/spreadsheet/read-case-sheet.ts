import type { ErrorCode } from '@/lib/errors/catalogue';
import type { ErrorParams } from '@/lib/errors/app-error';
import { AppError } from '@/lib/errors/app-error';
import { parseInstant } from '@/lib/time/parse-instant';
import type { ParsedCaseTrack, CaseClassification } from '@/lib/parse/types';
import type { LngLat, TrajectoryPart } from '@/lib/trajectory/types';
import { toWgs84, type Datum } from '../datum';
import { bilingualColumnName, detectSheetColumns, missingSheetColumns, type SheetColumn, type SheetColumnMap } from './case-sheet-columns';
import { restoreCell } from './neutralise-cell';
import { normaliseDateTimeCell, readDateCell, readTimeRange } from './time-range';

/** A warning about one row, coded so that it is rendered in the reader's language. */
export type SheetWarning = { code: ErrorCode; params: ErrorParams };

/** A row whose time is known but whose place is not on the map yet: staff must place it. */
export type UnplacedRow = { row: number; caseCode: string; place: string | null; start: string; end: string; isTimeApproximate: boolean };

export type CaseSheet = {
  tracks: ParsedCaseTrack[];
  warnings: SheetWarning[];
  unplaced: UnplacedRow[];
  /** The columns used, so the workspace can show and change the mapping. */
  columns: SheetColumnMap;
  header: string[];
  /** Data rows read (blank rows not counted). */
  rowCount: number;
};

export type ReadCaseSheetOptions = {
  /** IANA zone of times written without an offset. */
  timeZone: string;
  /** Coordinates' datum; GCJ-02 (AMap, Tencent maps) is shifted to WGS84. */
  datum?: Datum;
  /** Columns chosen by staff; detected from the header when absent. */
  columns?: SheetColumnMap;
  /** Epoch ms taken as now, to refuse future times. */
  now?: number;
  maxRows?: number;
  maxWarnings?: number;
};

export const MAX_SHEET_ROWS = 100_000;
const EARLIEST_TIME = Date.UTC(1990, 0, 1);
const FUTURE_TOLERANCE_MS = 5 * 60_000;
const MINUTE_MS = 60_000;

/** A skipped row: its code and parameters; thrown inside a row and turned into a warning. */
class SkipRow {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams,
  ) {}
}

const CLASSIFICATIONS: Record<string, CaseClassification> = {
  confirmed: 'confirmed',
  确诊: 'confirmed',
  確診: 'confirmed',
  确诊病例: 'confirmed',
  asymptomatic: 'asymptomatic',
  无症状: 'asymptomatic',
  無症狀: 'asymptomatic',
  无症状感染者: 'asymptomatic',
};

type RowTimes = { start: number; end: number; isApproximate: boolean; rangeText?: string };

function checkTime(time: number, row: number, now: number): number {
  if (time < EARLIEST_TIME) throw new SkipRow('sheet.row-too-early', { row });
  if (time > now + FUTURE_TOLERANCE_MS) throw new SkipRow('sheet.row-future', { row, time: { instant: time } });
  return time;
}

function instantOf(text: string, row: number, field: string, timeZone: string): number {
  try {
    return parseInstant(normaliseDateTimeCell(text), timeZone).time;
  } catch {
    throw new SkipRow('sheet.row-bad-time', { row, field, value: text });
  }
}

/** Start and end of a row, from start + end cells or from a date with an optional time range. */
function readRowTimes(cells: Cells, row: number, options: ReadCaseSheetOptions, header: string[], columns: SheetColumnMap): RowTimes {
  const label = (column: SheetColumn) => header[columns[column] ?? -1] ?? column;
  const startText = cells('start');
  const endText = cells('end');
  if (startText || endText) {
    if (!startText) throw new SkipRow('sheet.row-no-time', { row, field: label('start') });
    if (!endText) throw new SkipRow('sheet.row-no-time', { row, field: label('end') });
    const start = instantOf(startText, row, label('start'), options.timeZone);
    // An end written as a bare time ("11:30") belongs to the start's day.
    const endIsClock = /^\d{1,2}[:：]\d{2}(?::\d{2})?$/.test(endText.trim());
    const end = endIsClock
      ? instantOf(`${startText.trim().slice(0, 10)} ${endText.trim()}`, row, label('end'), options.timeZone)
      : instantOf(endText, row, label('end'), options.timeZone);
    return { start, end, isApproximate: cells('approximate') === '是' || /^(true|yes|1)$/i.test(cells('approximate')) };
  }
  const dateText = cells('date');
  if (!dateText) throw new SkipRow('sheet.row-no-time', { row, field: label(columns.date !== undefined ? 'date' : 'start') });
  const day = readDateCell(dateText);
  if (!day) throw new SkipRow('sheet.row-bad-time', { row, field: label('date'), value: dateText });
  const rangeText = cells('timeRange');
  const range = rangeText ? readTimeRange(rangeText) : { startMinute: 0, endMinute: 24 * 60, isApproximate: true };
  if (!range) throw new SkipRow('sheet.row-bad-time', { row, field: label('timeRange'), value: rangeText });
  const midnight = instantOf(day, row, label('date'), options.timeZone);
  // Wall-clock minutes from local midnight; a DST change that day moves times by its hour, as the clock did.
  return {
    start: midnight + range.startMinute * MINUTE_MS,
    end: midnight + range.endMinute * MINUTE_MS,
    isApproximate: range.isApproximate,
    rangeText: rangeText || dateText,
  };
}

function readLngLat(lngText: string, latText: string, row: number, datum: Datum): LngLat | undefined {
  const isBlank = (text: string) => text === '' || text === '-' || text === '—';
  if (isBlank(lngText) && isBlank(latText)) return undefined;
  const isNumber = (text: string) => /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text);
  const lng = Number(lngText);
  const lat = Number(latText);
  if (!isNumber(lngText) || !isNumber(latText) || Math.abs(lng) > 180 || Math.abs(lat) > 90) {
    throw new SkipRow('sheet.row-bad-coordinates', { row, lng: lngText, lat: latText });
  }
  if (lng === 0 && lat === 0) return undefined;
  if (datum === 'wgs84') return [lng, lat];
  return toWgs84({ type: 'Point', coordinates: [lng, lat] }, datum).coordinates as LngLat;
}

/** A movement written by the export: JSON `[[lng, lat, time], …]` (see `case-sheet-rows.ts`). */
function readRoute(text: string, row: number, datum: Datum, now: number): TrajectoryPart {
  try {
    const vertices = JSON.parse(text) as unknown;
    if (!Array.isArray(vertices) || vertices.length < 2) throw new Error('short');
    const lngLats: LngLat[] = [];
    const times: number[] = [];
    for (const vertex of vertices) {
      if (!Array.isArray(vertex) || typeof vertex[0] !== 'number' || typeof vertex[1] !== 'number' || typeof vertex[2] !== 'string') throw new Error('vertex');
      const time = parseInstant(vertex[2], 'UTC').time;
      if (Math.abs(vertex[0]) > 180 || Math.abs(vertex[1]) > 90 || (times.length && time < times[times.length - 1])) throw new Error('order');
      lngLats.push([vertex[0], vertex[1]]);
      times.push(checkTime(time, row, now));
    }
    const shifted = datum === 'wgs84' ? lngLats : (toWgs84({ type: 'LineString', coordinates: lngLats }, datum).coordinates as LngLat[]);
    return { kind: 'movement', lngLats: shifted, times };
  } catch (error) {
    if (error instanceof SkipRow) throw error;
    throw new SkipRow('sheet.row-bad-route', { row });
  }
}

type Cells = (column: SheetColumn) => string;

type CaseEntry = { classification?: CaseClassification; parts: TrajectoryPart[] };

/**
 * Reads a case spreadsheet (rows of cells, the first being the header) into case tracks: one visit per row,
 * times as start + end or as a date with a time range ("10:00-11:30", "上午"), coordinates optional.
 * Never fails on a row: a bad row is skipped with a coded warning naming its 1-based row number, and a row
 * without coordinates is listed in `unplaced`. Throws AppError only for the sheet as a whole (empty, too
 * big, required columns missing).
 *
 * @example
 * readCaseSheet([['病例编号', '地点', '经度', '纬度', '日期', '时间段'], ['C-1', '超市', '116.3', '39.9', '2022-04-01', '10:00-11:30']], { timeZone: 'Asia/Shanghai' })
 * // → { tracks: [{ caseCode: 'C-1', parts: [{ kind: 'stay', lngLat: [116.3, 39.9], start: …, end: …, place: '超市' }] }], warnings: [], unplaced: [], … }
 */
export function readCaseSheet(rows: readonly (readonly string[])[], options: ReadCaseSheetOptions): CaseSheet {
  const [headerRow, ...body] = rows;
  const header = (headerRow ?? []).map((cell) => cell.trim());
  const dataRows = body.map((cells, i) => ({ row: i + 2, cells })).filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  if (header.every((cell) => cell === '') || dataRows.length === 0) throw new AppError('sheet.empty');
  const maxRows = options.maxRows ?? MAX_SHEET_ROWS;
  if (dataRows.length > maxRows) throw new AppError('sheet.too-many-rows', { rows: dataRows.length, limit: maxRows });
  const columns = options.columns ?? detectSheetColumns(header);
  for (const [column, index] of Object.entries(columns)) {
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index >= header.length)) {
      throw new AppError('sheet.column-mapping-invalid', { column, index: index + 1, count: header.length });
    }
  }
  const missing = missingSheetColumns(columns);
  if (missing.length > 0) {
    // The header and the columns found travel with the refusal: the workspace's mapping step starts from them.
    throw new AppError('sheet.columns-missing', { missing: missing.map(bilingualColumnName).join(', '), found: header.join(', ') }, { details: { sheet: { header, columns, missing, sample: dataRows[0].cells.map((cell) => cell.trim()) } } });
  }

  const now = options.now ?? Date.now();
  const datum = options.datum ?? 'wgs84';
  const warnings: SheetWarning[] = [];
  const unplaced: UnplacedRow[] = [];
  const byCase = new Map<string, CaseEntry>();

  for (const { row, cells: raw } of dataRows) {
    const cells: Cells = (column) => {
      const index = columns[column];
      return index === undefined ? '' : restoreCell((raw[index] ?? '').trim());
    };
    try {
      const caseCode = cells('caseCode');
      if (!caseCode) throw new SkipRow('sheet.row-no-case-code', { row });
      const place = cells('place') || null;
      const routeText = cells('route');
      let part: TrajectoryPart | undefined;
      let times: RowTimes | undefined;
      if (routeText) {
        part = readRoute(routeText, row, datum, now);
      } else {
        times = readRowTimes(cells, row, options, header, columns);
        checkTime(times.start, row, now);
        checkTime(times.end, row, now);
        if (times.end < times.start) throw new SkipRow('sheet.row-end-before-start', { row });
        const lngLat = readLngLat(cells('lng'), cells('lat'), row, datum);
        if (lngLat) {
          part = { kind: 'stay', lngLat, start: times.start, end: times.end, ...(times.isApproximate ? { isTimeApproximate: true } : {}) };
        }
      }
      if (part && place) part.place = place;
      if (times?.isApproximate && times.rangeText) warnings.push({ code: 'sheet.row-time-approximate', params: { row, value: times.rangeText } });
      const entry = byCase.get(caseCode) ?? { parts: [] };
      byCase.set(caseCode, entry);
      const classificationText = cells('classification');
      if (classificationText) {
        const classification = CLASSIFICATIONS[classificationText.toLowerCase()];
        if (!classification) warnings.push({ code: 'sheet.row-bad-classification', params: { row, value: classificationText } });
        else if (entry.classification && entry.classification !== classification) warnings.push({ code: 'sheet.row-classification-conflict', params: { row, caseCode, value: classificationText } });
        else entry.classification = classification;
      }
      if (part) entry.parts.push(part);
      else if (times) {
        unplaced.push({ row, caseCode, place, start: new Date(times.start).toISOString(), end: new Date(times.end).toISOString(), isTimeApproximate: times.isApproximate });
        warnings.push({ code: 'sheet.row-unplaced', params: { row, caseCode, place: place ?? '' } });
      }
    } catch (error) {
      if (!(error instanceof SkipRow)) throw error;
      warnings.push({ code: error.code, params: error.params });
    }
  }

  const tracks: ParsedCaseTrack[] = [...byCase]
    .filter(([, entry]) => entry.parts.length > 0)
    .map(([caseCode, entry]) => {
      const parts = [...entry.parts].sort((a, b) => startOf(a) - startOf(b));
      return entry.classification ? { caseCode, classification: entry.classification, parts } : { caseCode, parts };
    });
  return { tracks, warnings: capWarnings(warnings, options.maxWarnings ?? 1000), unplaced, columns, header, rowCount: dataRows.length };
}

const startOf = (part: TrajectoryPart) => (part.kind === 'stay' ? part.start : part.times[0]);

function capWarnings(warnings: SheetWarning[], max: number): SheetWarning[] {
  if (warnings.length <= max) return warnings;
  return [...warnings.slice(0, max), { code: 'sheet.rows-more-warnings', params: { count: warnings.length - max } }];
}
