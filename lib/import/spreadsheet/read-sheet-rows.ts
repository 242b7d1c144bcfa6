import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '@/lib/errors/app-error';
import { decodeTextFile, type TextEncodingName } from '@/lib/parse/decode-text-file';

export type SheetRows = { rows: string[][]; format: 'csv' | 'xlsx'; encoding?: TextEncodingName };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * An XLSX cell value as the text a person sees. Excel stores date-times without a zone and ExcelJS hands them
 * over as Dates whose UTC fields are the wall time, so they are written back as wall time; a time-only cell
 * (day 0 = 1899-12-30) becomes "HH:mm".
 */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const clock = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
    const seconds = value.getUTCSeconds() ? `:${pad(value.getUTCSeconds())}` : '';
    if (value.getUTCFullYear() < 1900) return clock + seconds;
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    return value.getUTCHours() || value.getUTCMinutes() || value.getUTCSeconds() ? `${day} ${clock}${seconds}` : day;
  }
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return '';
  return '';
}

/**
 * The rows of an XLSX workbook's first sheet that has any, as text cells (row i of the result is the
 * sheet's row i + 1, blank rows kept so row numbers match what Excel shows).
 *
 * @example
 * await readXlsxRows(bytes) // → [['病例编号', '地点', …], ['C-1', '超市', …]]
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    throw new AppError('sheet.unreadable', { reason: (error as Error).message.slice(0, 120) });
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet) throw new AppError('sheet.empty');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
  });
  return Array.from(rows, (row) => row ?? []);
}

/**
 * The rows of a CSV in UTF-8, UTF-16 or GBK/GB18030 (detected), comma, tab or semicolon separated. Row i of
 * the result is record i + 1 (the header is row 1), as a spreadsheet numbers them.
 *
 * @example
 * readCsvRows(gbkBytes) // → { rows: [['病例编号', …], …], encoding: 'gb18030' }
 */
export function readCsvRows(bytes: Uint8Array): { rows: string[][]; encoding: TextEncodingName } {
  const { text, encoding } = decodeTextFile(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';', '|'] });
  const rows = parsed.data.map((row) => row.map((cell) => cell.trim()));
  // Papa leaves one empty row for a final newline.
  while (rows.length && rows[rows.length - 1].every((cell) => cell === '')) rows.pop();
  return { rows, encoding };
}

/** Whether the bytes are a ZIP container (XLSX), whatever the file is called. */
export const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * A spreadsheet file's rows: XLSX by its content, anything else as CSV text.
 *
 * @example
 * await readSheetRows(bytes) // → { rows, format: 'xlsx' }
 */
export async function readSheetRows(bytes: Uint8Array): Promise<SheetRows> {
  if (isZip(bytes)) return { rows: await readXlsxRows(bytes), format: 'xlsx' };
  return { ...readCsvRows(bytes), format: 'csv' };
}
