/** A page of a staff list: what was searched, which page, how many rows per page. */
export type ListQuery = { q: string; page: number; pageSize: number };

/** A page of rows with the count of all that match, for the pager. */
export type ListPage<T> = { rows: T[]; total: number; page: number; pageSize: number };

export const DEFAULT_PAGE_SIZE = 50;
const MAX_QUERY_CHARS = 100;

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Reads `?q=&page=` from a page's search parameters: the search trimmed and cut to 100 characters, the page a
 * positive integer (anything else is page 1). Never throws: a hand-edited URL shows the first page.
 *
 * @example
 * readListQuery({ q: ' C-01 ', page: '3' }) // → { q: 'C-01', page: 3, pageSize: 50 }
 */
export function readListQuery(params: SearchParams, pageSize = DEFAULT_PAGE_SIZE): ListQuery {
  const q = (first(params.q) ?? '').trim().slice(0, MAX_QUERY_CHARS);
  const page = Number(first(params.page));
  return { q, page: Number.isSafeInteger(page) && page >= 1 ? Math.min(page, 100_000) : 1, pageSize };
}

/**
 * A LIKE pattern that matches the text anywhere, its own `%`, `_` and `\` taken literally.
 *
 * @example
 * containsPattern('50%_off') // → '%50\\%\\_off%'
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The number of pages for `total` rows (at least one, so an empty list still has a page).
 *
 * @example
 * pageCount(101, 50) // → 3
 */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * The URL of another page of the same search (other parameters kept; page 1 and an empty search left out).
 *
 * @example
 * pageHref('/staff/cases', { q: '超市', kind: 'draft' }, 2) // → '/staff/cases?q=%E8%B6%85%E5%B8%82&kind=draft&page=2'
 */
export function pageHref(path: string, params: Record<string, string | undefined>, page: number): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value && key !== 'page') search.set(key, value);
  if (page > 1) search.set('page', String(page));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
