import type { TrajectoryPart } from '../trajectory/types';

const DAY_MS = 86_400_000;

/**
 * The trajectory's last `days` days (counted back from its last instant): parts wholly earlier are dropped, a
 * stay that straddles the cut starts at it, a movement keeps its vertices from the cut on (and the one before,
 * so the path into the window is not lost). For long exports (a year of location history) that the check would
 * otherwise refuse. Does not mutate its input.
 *
 * @example
 * lastDays(yearOfParts, 14) // → the parts of the final 14 days
 */
export function lastDays(parts: readonly TrajectoryPart[], days: number): TrajectoryPart[] {
  let end = -Infinity;
  for (const part of parts) end = Math.max(end, part.kind === 'stay' ? part.end : part.times[part.times.length - 1]);
  const cut = end - days * DAY_MS;
  const kept: TrajectoryPart[] = [];
  for (const part of parts) {
    if (part.kind === 'stay') {
      if (part.end >= cut) kept.push({ ...part, lngLat: [...part.lngLat], start: Math.max(part.start, cut) });
      continue;
    }
    const first = part.times.findIndex((time) => time >= cut);
    if (first < 0) continue;
    const from = Math.max(0, first - 1);
    const lngLats = part.lngLats.slice(from).map((lngLat) => [...lngLat] as [number, number]);
    const times = part.times.slice(from);
    if (lngLats.length >= 2) kept.push({ ...part, lngLats, times });
    else kept.push({ kind: 'stay', lngLat: lngLats[0], start: times[0], end: times[0], ...(part.place ? { place: part.place } : {}) });
  }
  return kept;
}
