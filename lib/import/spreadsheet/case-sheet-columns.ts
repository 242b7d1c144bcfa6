import { findColumn } from '@/lib/parse/read-csv';

/** The columns a case spreadsheet can have, in the template's order. */
export const SHEET_COLUMNS = ['caseCode', 'classification', 'place', 'lng', 'lat', 'date', 'timeRange', 'start', 'end', 'approximate', 'route'] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

/** Which header cell (0-based) holds each column; absent columns are missing. */
export type SheetColumnMap = Partial<Record<SheetColumn, number>>;

/** Header names per column, normalised as `findColumn` does, in order of preference. */
const ALIASES: Record<SheetColumn, readonly string[]> = {
  caseCode: ['病例编号', '病例編號', 'casecode', 'caseid', 'case', '编号', '病例', '案号', '案號'],
  classification: ['分类', '分類', '病例类型', '病例類型', 'classification', 'type'],
  place: ['地点', '地點', '场所', '場所', '活动地点', '名称', 'place', 'location', 'name'],
  lng: ['经度', '經度', 'lon', 'lng', 'long', 'longitude'],
  lat: ['纬度', '緯度', 'lat', 'latitude'],
  date: ['日期', '活动日期', 'date', 'day'],
  timeRange: ['时间段', '時間段', '时段', '活动时间', 'timerange', 'time', 'hours'],
  start: ['开始时间', '開始時間', '起始时间', '开始', 'start', 'starttime', 'from'],
  end: ['结束时间', '結束時間', '截止时间', '结束', 'end', 'endtime', 'to'],
  approximate: ['近似时间', '时间为估计', 'approximate', 'timegenerated'],
  route: ['路线', '路線', 'route'],
};

/** Template header cells: Chinese, as district staff fill them in (English names are read too). */
export const TEMPLATE_HEADER: Record<SheetColumn, string> = {
  caseCode: '病例编号',
  classification: '分类',
  place: '地点',
  lng: '经度',
  lat: '纬度',
  date: '日期',
  timeRange: '时间段',
  start: '开始时间',
  end: '结束时间',
  approximate: '近似时间',
  route: '路线',
};

/** English header names, as the template writes them in brackets beside the Chinese (`病例编号(caseCode)`). */
export const TEMPLATE_HEADER_EN: Record<SheetColumn, string> = {
  caseCode: 'caseCode',
  classification: 'classification',
  place: 'place',
  lng: 'lon',
  lat: 'lat',
  date: 'date',
  timeRange: 'timeRange',
  start: 'start',
  end: 'end',
  approximate: 'approximate',
  route: 'route',
};

/**
 * A column's name in both languages, for messages and the mapping step.
 *
 * @example
 * bilingualColumnName('lng') // → '经度/lon'
 */
export const bilingualColumnName = (column: SheetColumn) => `${TEMPLATE_HEADER[column]}/${TEMPLATE_HEADER_EN[column]}`;

/** Whether a value is a column mapping as the workspace sends it: known column names, each a 0-based cell index. */
export function isSheetColumnMap(value: unknown): value is SheetColumnMap {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(([column, index]) => (SHEET_COLUMNS as readonly string[]).includes(column) && Number.isInteger(index) && (index as number) >= 0 && (index as number) < 1000);
}

/**
 * Finds each column in a header row by its Chinese or English name (any case, spaces and units ignored).
 *
 * @example
 * detectSheetColumns(['病例编号', '地点', '日期', '时间段']) // → { caseCode: 0, place: 1, date: 2, timeRange: 3 }
 */
export function detectSheetColumns(header: readonly string[]): SheetColumnMap {
  const map: SheetColumnMap = {};
  const taken = new Set<number>();
  for (const column of SHEET_COLUMNS) {
    const index = findColumn(header, ALIASES[column]);
    if (index !== undefined && !taken.has(index)) {
      map[column] = index;
      taken.add(index);
    }
  }
  return map;
}

/**
 * The columns still needed before rows can be read: a case code, and times as start + end or as a date
 * (with or without a time range). Coordinates are optional: rows without them wait for a place on the map.
 *
 * @example
 * missingSheetColumns({ caseCode: 0, start: 1 }) // → ['end']
 */
export function missingSheetColumns(map: SheetColumnMap): SheetColumn[] {
  const missing: SheetColumn[] = [];
  if (map.caseCode === undefined) missing.push('caseCode');
  const hasStartEnd = map.start !== undefined && map.end !== undefined;
  if (!hasStartEnd && map.date === undefined) {
    if (map.start !== undefined) missing.push('end');
    else if (map.end !== undefined) missing.push('start');
    else missing.push('date');
  }
  if ((map.lng === undefined) !== (map.lat === undefined)) missing.push(map.lng === undefined ? 'lng' : 'lat');
  return missing;
}
