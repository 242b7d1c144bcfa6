import { SHEET_COLUMNS, type SheetColumn, type SheetColumnMap } from './case-sheet-columns';

/** The columns staff can point at in the mapping step, in the order it lists them. */
export const MAPPABLE_COLUMNS: readonly SheetColumn[] = ['caseCode', 'classification', 'place', 'lng', 'lat', 'date', 'timeRange', 'start', 'end'];

/** What the server could not map in a sheet: its header, the columns it found, those still missing, and the first data row. */
export type ColumnMappingNeed = { header: string[]; columns: SheetColumnMap; missing: SheetColumn[]; sample: string[] };

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((cell) => typeof cell === 'string');
const isColumn = (value: unknown): value is SheetColumn => (SHEET_COLUMNS as readonly unknown[]).includes(value);

/**
 * The `sheet` a `sheet.columns-missing` refusal carries, checked (it crossed the network), or undefined.
 *
 * @example
 * readColumnMappingNeed({ header: ['patient_id', 'date'], columns: { date: 1 }, missing: ['caseCode'], sample: ['1000000024', '2020-02-18'] })
 * // → the same, typed
 */
export function readColumnMappingNeed(value: unknown): ColumnMappingNeed | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { header, columns, missing, sample } = value as Record<string, unknown>;
  if (!isStrings(header) || !Array.isArray(missing) || !missing.every(isColumn) || typeof columns !== 'object' || columns === null) return undefined;
  const found = Object.entries(columns).filter(([column, index]) => isColumn(column) && Number.isInteger(index) && (index as number) >= 0 && (index as number) < header.length);
  return { header, columns: Object.fromEntries(found) as SheetColumnMap, missing, sample: isStrings(sample) ? sample : [] };
}

/**
 * The mapping with `column` read from cell `index` (undefined: not in the file). A cell holds one column, so
 * a column that pointed at the same cell lets go of it.
 *
 * @example
 * withColumn({ classification: 5, date: 2 }, 'place', 5) // → { date: 2, place: 5 }
 */
export function withColumn(columns: SheetColumnMap, column: SheetColumn, index: number | undefined): SheetColumnMap {
  const next: SheetColumnMap = {};
  for (const [other, at] of Object.entries(columns) as [SheetColumn, number | undefined][]) {
    if (other !== column && at !== undefined && at !== index) next[other] = at;
  }
  if (index !== undefined) next[column] = index;
  return next;
}

/**
 * A column's letter as a spreadsheet shows it (0 → A, 25 → Z, 26 → AA).
 *
 * @example
 * columnLetter(27) // → 'AB'
 */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
