import Papa from 'papaparse';
import type { ParseContext } from './parse-context';

export type CsvRow = { line: number; cells: string[] };
export type CsvTable = { header: string[]; rows: CsvRow[] };

/**
 * Splits CSV text into a header and rows, each row with the 1-based line it starts on (the header is line 1),
 * so that errors can name it even when quoted fields span lines. Handles a BOM, CRLF and a missing final newline;
 * blank lines are skipped. Every row is charged to the point budget.
 *
 * @example
 * readCsv('\uFEFFlon,lat,time\r\n116.3,39.9,2020-02-16T10:00:00Z', context)
 * // → { header: ['lon', 'lat', 'time'], rows: [{ line: 2, cells: ['116.3', '39.9', '2020-02-16T10:00:00Z'] }] }
 */
export function readCsv(text: string, context: ParseContext): CsvTable {
  const source = text.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  let previousCursor = 0;
  let countedUpTo = 0;
  let line = 1;
  Papa.parse<string[]>(source, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', '\t', ';', '|'],
    step: (result) => {
      // The row starts at the first character after the previous row that is not line-ending whitespace.
      let start = previousCursor;
      while (start < source.length && /[\r\n \t]/.test(source[start])) start += 1;
      for (; countedUpTo < start; countedUpTo++) if (source.charCodeAt(countedUpTo) === 10) line += 1;
      previousCursor = result.meta.cursor;
      const quoteError = result.errors.find((error) => error.type === 'Quotes');
      if (quoteError) context.failAt({ line }, 'parse.quote-not-closed');
      if (rows.length > 0) context.spend();
      rows.push({ line, cells: result.data.map((cell) => cell.trim()) });
    },
  });
  const [header, ...body] = rows;
  if (!header) context.fail('parse.file-empty');
  return { header: header.cells, rows: body };
}

/** A header cell reduced for matching: lower case, no spaces, underscores, hyphens or bracketed units. */
function normalizeHeader(cell: string): string {
  return cell
    .toLowerCase()
    .replace(/[(（[][^)）\]]*[)）\]]/g, '')
    .replace(/[\s_\-.]/g, '');
}

/**
 * Index of the first header cell matching one of the aliases, trying the aliases in order of preference.
 *
 * @example
 * findColumn(['Time', '纬度', '经度'], ['lng', 'lon', '经度']) // → 2
 */
export function findColumn(header: readonly string[], aliases: readonly string[]): number | undefined {
  const normalized = header.map(normalizeHeader);
  for (const alias of aliases) {
    const index = normalized.indexOf(alias);
    if (index >= 0) return index;
  }
  return undefined;
}
