import type { LngLat } from '@/lib/trajectory/types';
import { carryVertexTimes } from './reshape-times';
import { endOfVisit, newRowKey, toLocalInput, type CaseDraft, type MovementRow, type StayRow, type VisitRow } from './case-draft';

/**
 * A stay added where staff clicked the map: it starts (and, until edited, ends) when the last visit ended,
 * else at `nowIso`. Does not mutate the draft.
 *
 * @example
 * withStay(draft, [126.97, 37.56], '2020-03-07T09:00:00Z').visits.at(-1) // → { kind: 'stay', lngLat: [126.97, 37.56], start, end: start, … }
 */
export function withStay(draft: CaseDraft, lngLat: LngLat, nowIso: string, key: number = newRowKey()): CaseDraft {
  const start = endOfVisit(draft.visits[draft.visits.length - 1])?.slice(0, 16) ?? toLocalInput(nowIso);
  return { ...draft, visits: [...draft.visits, { key, kind: 'stay', place: '', lngLat, start, end: start }] };
}

/**
 * A finished line as a movement: its first vertex starts where the last visit ended (to the second), the
 * other vertices' times left to fill in.
 *
 * @example
 * withMovement(draft, [a, b, c]).visits.at(-1).times // → ['2020-03-07T10:00:00', '', '']
 */
export function withMovement(draft: CaseDraft, lngLats: LngLat[], key: number = newRowKey()): CaseDraft {
  const previous = endOfVisit(draft.visits[draft.visits.length - 1]);
  const first = previous ? (previous.length === 16 ? `${previous}:00` : previous) : '';
  return { ...draft, visits: [...draft.visits, { key, kind: 'movement', place: '', lngLats, times: lngLats.map((_, i) => (i === 0 ? first : '')) }] };
}

/**
 * A reshaped line replaces its movement's; the times typed stay with the vertices they belong to.
 *
 * @example
 * withReshapedMovement(draft, 4, [a, m, b]) // movement 4 now has three vertices, m's time empty
 */
export function withReshapedMovement(draft: CaseDraft, key: number, lngLats: LngLat[]): CaseDraft {
  return { ...draft, visits: draft.visits.map((v) => (v.key === key && v.kind === 'movement' ? { ...v, lngLats, times: carryVertexTimes(v.lngLats, v.times, lngLats, '') } : v)) };
}

/**
 * One visit's fields changed.
 *
 * @example
 * withVisitPatch(draft, 4, { place: 'Pharmacy' })
 */
export function withVisitPatch(draft: CaseDraft, key: number, patch: Partial<StayRow> | Partial<MovementRow>): CaseDraft {
  return { ...draft, visits: draft.visits.map((v) => (v.key === key ? ({ ...v, ...patch } as VisitRow) : v)) };
}

/**
 * A visit moved up (-1) or down (+1) the list; unchanged at either end.
 *
 * @example
 * withVisitMoved(draft, 0, -1) === draft // → true
 */
export function withVisitMoved(draft: CaseDraft, index: number, by: number): CaseDraft {
  if (index + by < 0 || index + by >= draft.visits.length) return draft;
  const visits = [...draft.visits];
  [visits[index], visits[index + by]] = [visits[index + by], visits[index]];
  return { ...draft, visits };
}
