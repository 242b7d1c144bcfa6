import 'server-only';
import type { FeatureCollection } from 'geojson';
import { localDay } from '@/lib/briefing/slider-days';
import { dailyReportSheet } from '@/lib/community/daily-report';
import type { Db } from '@/lib/db/client';
import { listPublishedCaseVisits } from '@/lib/db/queries/cases';
import { listCommunities, listGridCells } from '@/lib/db/queries/communities';
import { loadDailyReport } from '@/lib/db/queries/daily-report';
import { listZones } from '@/lib/db/queries/zones';
import { AppError } from '@/lib/errors/app-error';
import { caseTemplateRows, caseVisitsToSheetRows } from '@/lib/import/spreadsheet/case-sheet-rows';
import { writeCsv, writeXlsx, type SheetCell } from '@/lib/import/spreadsheet/write-sheet';
import ExcelJS from 'exceljs';
import { featuresToSheetRows } from './feature-rows';

export const EXPORT_KINDS = ['communities', 'grid-cells', 'zones', 'cases', 'daily-report', 'case-template'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['geojson', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportFile = { body: string | Uint8Array; contentType: string; fileName: string };

export type ExportOptions = { timeZone: string; noEpidemicDays: number; now: Date; day?: string };

const CONTENT_TYPES: Record<ExportFormat, string> = {
  geojson: 'application/geo+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const SHEET_NAMES: Record<ExportKind, string> = { communities: '社区', 'grid-cells': '网格', zones: '风险区', cases: '病例轨迹', 'daily-report': '日报', 'case-template': '病例轨迹' };
const COLLECTIONS = { communities: listCommunities, 'grid-cells': listGridCells, zones: listZones } as const;

/** The format a file name asks for by its extension (`.json` is GeoJSON), or undefined. */
export function formatOfFileName(fileName: string): ExportFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'json' || extension === 'geojson') return 'geojson';
  return extension === 'csv' || extension === 'xlsx' ? extension : undefined;
}

async function sheetFile(rows: SheetCell[][], format: ExportFormat, kind: ExportKind, fileName: string): Promise<ExportFile> {
  const body = format === 'csv' ? writeCsv(rows) : await writeXlsx(rows, SHEET_NAMES[kind]);
  return { body, contentType: CONTENT_TYPES[format], fileName };
}

/** The case template: the Chinese header; the XLSX adds a sheet explaining each column. */
async function templateFile(format: ExportFormat): Promise<ExportFile> {
  const { header, notes } = caseTemplateRows();
  if (format === 'csv') return { body: writeCsv([header]), contentType: CONTENT_TYPES.csv, fileName: '病例轨迹模板.csv' };
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('病例轨迹').addRow(header).font = { bold: true };
  const help = workbook.addWorksheet('填写说明');
  for (const row of notes) help.addRow(row);
  help.columns.forEach((column) => {
    column.width = 40;
  });
  return { body: new Uint8Array(await workbook.xlsx.writeBuffer()), contentType: CONTENT_TYPES.xlsx, fileName: '病例轨迹模板.xlsx' };
}

/**
 * One export as a file: GeoJSON as the API serves it, or a spreadsheet (CSV in UTF-8 with a BOM, or XLSX) with
 * text cells neutralised against formula injection. Cases are published ones only, in the layout the import
 * reads back; the daily report is one row per community for `day` (default: today in `timeZone`).
 *
 * @example
 * await buildExport(db, 'cases', 'xlsx', { timeZone: 'Asia/Shanghai', noEpidemicDays: 14, now: new Date() }) // → { body: Uint8Array, fileName: 'cases.xlsx', … }
 */
export async function buildExport(db: Db, kind: ExportKind, format: ExportFormat, options: ExportOptions): Promise<ExportFile> {
  if (kind === 'case-template') {
    if (format === 'geojson') throw new AppError('export.format-unsupported', { name: kind, format });
    return templateFile(format);
  }
  if (kind === 'daily-report') {
    if (format === 'geojson') throw new AppError('export.format-unsupported', { name: kind, format });
    const day = options.day ?? localDay(options.now, options.timeZone);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw new AppError('export.day-invalid', { day });
    const rows = await loadDailyReport(db, day, { timeZone: options.timeZone, days: options.noEpidemicDays, now: options.now });
    return sheetFile(dailyReportSheet(rows, day, (iso) => localDay(iso, options.timeZone)), format, kind, `daily-report-${day}.${format}`);
  }
  const collection: FeatureCollection = kind === 'cases' ? await listPublishedCaseVisits(db) : await COLLECTIONS[kind](db);
  const fileName = `${kind}.${format}`;
  if (format === 'geojson') return { body: JSON.stringify(collection, null, 1) + '\n', contentType: CONTENT_TYPES.geojson, fileName };
  const rows = kind === 'cases' ? caseVisitsToSheetRows(collection.features as never, options.timeZone) : featuresToSheetRows(collection.features);
  return sheetFile(rows, format, kind, fileName);
}
