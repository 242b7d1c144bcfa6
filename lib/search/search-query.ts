/** What a place search finds: a community, a grid cell, a zone in force, or a place a published case visited. */
export type PlaceHitKind = 'community' | 'grid-cell' | 'zone' | 'place';

/** One search result: where to take the map (a box for areas, a point for places). Public data only. */
export type PlaceHit = { kind: PlaceHitKind; id: string; name: string; detail: string | null; lngLat: [number, number]; bbox: [number, number, number, number] | null };

export const SEARCH_MIN_CHARS = 1;
export const SEARCH_MAX_CHARS = 50;

/**
 * The search text from `?q=`: trimmed and NFC-normalised, 1–50 characters, no control characters; else
 * null (the route answers the coded 400 `search.query-invalid`).
 *
 * @example
 * parseSearchQuery('  新道林 ') // → '新道林'
 * parseSearchQuery('') // → null
 */
export function parseSearchQuery(raw: string | null): string | null {
  if (raw === null) return null;
  const text = raw.normalize('NFC').trim();
  const length = [...text].length;
  if (length < SEARCH_MIN_CHARS || length > SEARCH_MAX_CHARS || /[\u0000-\u001f\u007f]/.test(text)) return null;
  return text;
}
