import type { OverlapReport } from './format-result';

/** An answer lists at most this many overlaps; the rest are summarised (a custom wide rule can find 10⁵). */
export const MAX_LISTED_OVERLAPS = 500;

/** What an answer says about overlaps it did not list. */
export type OverlapSummary = { total: number; listed: number; caseCount: number; from: string; to: string };

/**
 * Caps an overlap list: the first `limit` (earliest first, as formatted) and, past the cap, a summary of
 * them all — how many, how many cases, first start and last end. Does not mutate its input.
 *
 * @example
 * capOverlaps(reports, 2) // → { overlaps: [first, second], summary: { total: 3, listed: 2, caseCount: 2, from: …, to: … } }
 */
export function capOverlaps<T extends OverlapReport>(overlaps: readonly T[], limit = MAX_LISTED_OVERLAPS): { overlaps: T[]; summary?: OverlapSummary } {
  if (overlaps.length <= limit) return { overlaps: [...overlaps] };
  let from = overlaps[0].from;
  let to = overlaps[0].to;
  for (const o of overlaps) {
    if (o.from < from) from = o.from;
    if (o.to > to) to = o.to;
  }
  return {
    overlaps: overlaps.slice(0, limit),
    summary: { total: overlaps.length, listed: limit, caseCount: new Set(overlaps.map((o) => o.caseCode)).size, from, to },
  };
}
