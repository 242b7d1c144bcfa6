import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { neutraliseCell } from './neutralise-cell';

export type SheetCell = string | number | null;
export type SheetFormat = 'csv' | 'xlsx';

const safe = (cell: SheetCell) => (typeof cell === 'string' ? neutraliseCell(cell) : cell);

/**
 * A CSV that Excel and WPS open correctly in Chinese: UTF-8 with a BOM, CRLF line ends, text cells neutralised.
 *
 * @example
 * writeCsv([['地点'], ['=1+1']]) // → '\uFEFF地点\r\n\'=1+1'
 */
export function writeCsv(rows: readonly (readonly SheetCell[])[]): string {
  return '\uFEFF' + Papa.unparse(rows.map((row) => row.map((cell) => safe(cell) ?? '')), { newline: '\r\n' });
}

/**
 * An XLSX workbook of one sheet: numbers as numbers, text neutralised, the header row bold and frozen.
 *
 * @example
 * await writeXlsx([['病例编号', '经度'], ['C-1', 116.3]], '病例') // → Buffer (PK…)
 */
export async function writeXlsx(rows: readonly (readonly SheetCell[])[], sheetName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of rows) sheet.addRow(row.map(safe));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => {
    column.width = 14;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * The file for rows in a format, with its content type.
 *
 * @example
 * await writeSheet(rows, 'csv', '病例') // → { body: '\uFEFF…', contentType: 'text/csv; charset=utf-8' }
 */
export async function writeSheet(rows: readonly (readonly SheetCell[])[], format: SheetFormat, sheetName: string): Promise<{ body: string | Uint8Array; contentType: string }> {
  if (format === 'csv') return { body: writeCsv(rows), contentType: 'text/csv; charset=utf-8' };
  return { body: await writeXlsx(rows, sheetName), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
}
