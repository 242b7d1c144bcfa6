import type { Feature, LineString, Point } from 'geojson';
import { formatIsoInstant } from '@/lib/time/parse-instant';
import { TEMPLATE_HEADER, TEMPLATE_HEADER_EN, type SheetColumn } from './case-sheet-columns';
import type { SheetCell } from './write-sheet';

/** A published case visit as the interchange GeoJSON carries it (see `CaseVisitProperties`). */
export type CaseVisitLike = Feature<
  Point | LineString,
  { caseCode: string; classification: string; place: string | null; start: string; end: string; coordTimes?: string[]; timeGenerated?: true }
>;

const EXPORT_COLUMNS: SheetColumn[] = ['caseCode', 'classification', 'place', 'lng', 'lat', 'start', 'end', 'approximate', 'route'];
const CLASSIFICATION_TEXT: Record<string, string> = { confirmed: '确诊', asymptomatic: '无症状' };
/** Route cells stay under Excel's 32,767 characters per cell: a longer movement continues on the next row. */
const ROUTE_VERTICES_PER_ROW = 500;

/**
 * A local date-time with its offset, readable in a spreadsheet and read back exactly by the import.
 *
 * @example
 * sheetTime('2022-04-01T02:00:00Z', 'Asia/Shanghai') // → '2022-04-01 10:00:00+08:00'
 */
export function sheetTime(iso: string, timeZone: string): string {
  return formatIsoInstant(Date.parse(iso), timeZone).replace('T', ' ');
}

function routeChunks(line: LineString, times: string[]): string[] {
  const chunks: string[] = [];
  for (let from = 0; from < line.coordinates.length - 1; from += ROUTE_VERTICES_PER_ROW - 1) {
    const to = Math.min(from + ROUTE_VERTICES_PER_ROW, line.coordinates.length);
    chunks.push(JSON.stringify(line.coordinates.slice(from, to).map(([lng, lat], i) => [lng, lat, times[from + i]])));
  }
  return chunks;
}

/**
 * Published case visits as spreadsheet rows (Chinese header first): one row per stay with its coordinates,
 * a movement as its route (`[[lng, lat, time], …]`, split over rows past 500 vertices). The import reads
 * these rows back into the same tracks.
 *
 * @example
 * caseVisitsToSheetRows(collection.features, 'Asia/Shanghai')
 * // → [['病例编号', '分类', '地点', '经度', '纬度', '开始时间', '结束时间', '近似时间', '路线'], ['C-1', '确诊', '超市', 116.3, 39.9, '2022-04-01 10:00:00+08:00', …]]
 */
export function caseVisitsToSheetRows(features: readonly CaseVisitLike[], timeZone: string): SheetCell[][] {
  const rows: SheetCell[][] = [EXPORT_COLUMNS.map((column) => TEMPLATE_HEADER[column])];
  for (const { geometry, properties: p } of features) {
    const common = [p.caseCode, CLASSIFICATION_TEXT[p.classification] ?? p.classification, p.place ?? ''];
    const approximate = p.timeGenerated ? '是' : '';
    if (geometry.type === 'Point') {
      rows.push([...common, geometry.coordinates[0], geometry.coordinates[1], sheetTime(p.start, timeZone), sheetTime(p.end, timeZone), approximate, '']);
    } else {
      const times = p.coordTimes ?? geometry.coordinates.map(() => p.start);
      for (const route of routeChunks(geometry, times)) {
        rows.push([...common, null, null, sheetTime(p.start, timeZone), sheetTime(p.end, timeZone), approximate, route]);
      }
    }
  }
  return rows;
}

/** The case template's columns: both time layouts, so staff fill in whichever their source has. */
const TEMPLATE_COLUMNS: SheetColumn[] = ['caseCode', 'classification', 'place', 'lng', 'lat', 'date', 'timeRange', 'start', 'end'];

/**
 * The header row of the case template (Chinese, the English name in brackets: the reader ignores bracketed text), plus a line of guidance per column for the XLSX's notes sheet.
 *
 * @example
 * caseTemplateRows().header // → ['病例编号(caseCode)', '分类(classification)', '地点(place)', '经度(lon)', '纬度(lat)', '日期(date)', '时间段(timeRange)', '开始时间(start)', '结束时间(end)']
 */
export function caseTemplateRows(): { header: SheetCell[]; notes: SheetCell[][] } {
  return {
    header: TEMPLATE_COLUMNS.map((column) => `${TEMPLATE_HEADER[column]}(${TEMPLATE_HEADER_EN[column]})`),
    notes: [
      ['列 column', '填写说明', 'Notes'],
      ['病例编号', '必填，同一病例的多行用同一编号', 'Required; one code per case, repeated on each of its rows'],
      ['分类', '确诊 或 无症状（可空）', 'confirmed or asymptomatic (optional)'],
      ['地点', '场所名称', 'Place name'],
      ['经度 / 纬度', 'WGS84 小数度；高德/腾讯坐标导入时选 GCJ-02；空着则导入后在地图上标点', 'Decimal degrees; choose GCJ-02 for AMap/Tencent coordinates; leave blank to place on the map after import'],
      ['日期 + 时间段', '如 2022-04-01 和 10:00-11:30；“上午”=08:00–12:00、“下午”=12:00–18:00（近似）', 'e.g. 2022-04-01 and 10:00-11:30; 上午/下午 are 08–12 / 12–18 (approximate)'],
      ['开始时间 + 结束时间', '或填完整时间，如 2022-04-01 10:00', 'Or full date-times, e.g. 2022-04-01 10:00'],
    ],
  };
}
