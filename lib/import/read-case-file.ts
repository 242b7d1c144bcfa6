import { parseCaseTracks } from '@/lib/parse/parse-case-tracks';
import { findColumn } from '@/lib/parse/read-csv';
import { sniffCaseTrackFormat } from '@/lib/parse/sniff-format';
import { warningTexts } from '@/lib/parse/warning-text';
import type { CaseTrackFormat, ParsedCaseTrack } from '@/lib/parse/types';
import type { TrajectoryPart } from '@/lib/trajectory/types';
import { toWgs84, type Datum } from './datum';
import type { SheetColumnMap } from './spreadsheet/case-sheet-columns';
import { decodeTextFile, type TextEncodingName } from '@/lib/parse/decode-text-file';
import { readCaseSheet, type SheetWarning, type UnplacedRow } from './spreadsheet/read-case-sheet';
import { isZip, readCsvRows, readXlsxRows } from './spreadsheet/read-sheet-rows';

export type CaseFile = {
  format: CaseTrackFormat | 'xlsx';
  tracks: ParsedCaseTrack[];
  /** Spreadsheets: coded warnings per row (skipped, approximate, unplaced). */
  warnings: SheetWarning[];
  /** Spreadsheets: rows that need a place on the map. */
  unplaced: UnplacedRow[];
  /** The other formats' parser notes (English). */
  notes: string[];
  /** Spreadsheets: the header and the columns used, for the workspace's column step. */
  sheet?: { header: string[]; columns: SheetColumnMap; encoding?: TextEncodingName; rowCount: number };
};

export type ReadCaseFileOptions = {
  fileName?: string;
  timeZone: string;
  datum?: Datum;
  /** For files holding one case that do not name it (GPX, KML, …). */
  caseCode?: string;
  /** Spreadsheets: columns chosen by staff instead of the detected ones. */
  columns?: SheetColumnMap;
  now?: number;
};

// A CSV of timed fixes (lon, lat, time) is one case's GPS log, not a sheet of visits: the trajectory reader keeps it.
const FIX_TIME = ['time', 'timestamp', 'datetime', '时间', '定位时间', '日期时间'];
const VISIT_TIMES = ['start', 'starttime', '开始时间', '开始', 'date', '日期'];
const isFixLog = (header: string[]) => findColumn(header, FIX_TIME) !== undefined && findColumn(header, VISIT_TIMES) === undefined;

function shiftPart(part: TrajectoryPart, datum: Datum): TrajectoryPart {
  if (datum === 'wgs84') return part;
  if (part.kind === 'stay') return { ...part, lngLat: toWgs84({ type: 'Point', coordinates: part.lngLat }, datum).coordinates as [number, number] };
  return { ...part, lngLats: toWgs84({ type: 'LineString', coordinates: part.lngLats }, datum).coordinates as [number, number][] };
}

/**
 * Reads a case file of any kind staff import: an XLSX or a CSV of visits (UTF-8 or GBK, Chinese or English
 * headers, date + time range or start + end) through the spreadsheet reader, which skips bad rows with coded
 * warnings and lists rows without coordinates; every other format through `parseCaseTracks`. Coordinates come
 * back in WGS84 whatever `datum` they were written in.
 *
 * @example
 * await readCaseFile(gbkCsvBytes, { fileName: '病例.csv', timeZone: 'Asia/Shanghai' })
 * // → { format: 'csv', tracks: [...], warnings: [{ code: 'sheet.row-unplaced', params: { row: 4, … } }], unplaced: [...], notes: [] }
 */
export async function readCaseFile(bytes: Uint8Array, options: ReadCaseFileOptions): Promise<CaseFile> {
  const datum = options.datum ?? 'wgs84';
  const sheetOptions = { timeZone: options.timeZone, datum, columns: options.columns, now: options.now };
  if (isZip(bytes) && !/\.(kmz|zip)$/i.test(options.fileName ?? '')) {
    const sheet = readCaseSheet(await readXlsxRows(bytes), sheetOptions);
    return { format: 'xlsx', tracks: sheet.tracks, warnings: sheet.warnings, unplaced: sheet.unplaced, notes: [], sheet: { header: sheet.header, columns: sheet.columns, rowCount: sheet.rowCount } };
  }
  const { text, encoding } = decodeTextFile(bytes);
  if (sniffCaseTrackFormat(text, options.fileName) === 'csv') {
    const { rows } = readCsvRows(bytes);
    if (options.columns || !isFixLog(rows[0] ?? [])) {
      const sheet = readCaseSheet(rows, sheetOptions);
      return { format: 'csv', tracks: sheet.tracks, warnings: sheet.warnings, unplaced: sheet.unplaced, notes: [], sheet: { header: sheet.header, columns: sheet.columns, encoding, rowCount: sheet.rowCount } };
    }
  }
  const parsed = parseCaseTracks(text, { fileName: options.fileName, timeZone: options.timeZone, caseCode: options.caseCode, now: options.now });
  const tracks = parsed.tracks.map((track) => ({ ...track, parts: track.parts.map((part) => shiftPart(part, datum)) }));
  return { format: parsed.format, tracks, warnings: [], unplaced: [], notes: warningTexts(parsed.warnings, 'en') };
}
