import { distance } from '@turf/turf';
import type { LngLat } from '@/lib/trajectory/types';

/** Epoch milliseconds, or null where staff have not given a time yet. */
export type VertexTime = number | null;

/** What is wrong at a vertex: `code` and `params` for the interface's own words, `message` in English. */
export type VertexProblem = {
  vertex: number;
  code: 'too-few' | 'count' | 'missing' | 'too-early' | 'future' | 'backwards' | 'too-fast' | 'too-long';
  params?: Record<string, number>;
  message: string;
};

export type MovementBounds = {
  /** "Now": no vertex may be later than a day after it (a track is in the past; a day of slack for clocks). */
  now: number;
  /** Faster than this between two vertices is a typo, not a journey (1,000 km/h: a flight). */
  maxSpeedKmh?: number;
  /** A movement longer than this should be split into visits. */
  maxHours?: number;
};

/** The earliest time a case track can carry: nothing in these outbreaks predates it. */
export const EARLIEST_TRACK_TIME = Date.parse('2000-01-01T00:00:00Z');
const DAY_MS = 86_400_000;
// Times are entered to the minute: two vertices a minute apart may show the same minute.
const ENTRY_SLACK_MS = 60_000;

const metresBetween = (a: LngLat, b: LngLat) => distance(a, b, { units: 'meters' });

/** Distance along the line from its first vertex to each vertex, in metres. */
function cumulativeMetres(lngLats: readonly LngLat[]): number[] {
  const along = [0];
  for (let i = 1; i < lngLats.length; i++) along.push(along[i - 1] + metresBetween(lngLats[i - 1], lngLats[i]));
  return along;
}

/**
 * Fills every missing vertex time that lies between two given ones, in proportion to the distance
 * travelled along the line (constant speed between known times), rounded to the second. Missing times
 * before the first or after the last given one stay missing. Does not mutate its inputs.
 *
 * @example
 * fillTimesByDistance([[0, 0], [0.001, 0], [0.003, 0]], [0, null, 3_000]) // → [0, 1_000, 3_000]
 */
export function fillTimesByDistance(lngLats: readonly LngLat[], times: readonly VertexTime[]): VertexTime[] {
  if (lngLats.length !== times.length) throw new RangeError(`${lngLats.length} vertices but ${times.length} times`);
  const along = cumulativeMetres(lngLats);
  const filled = [...times];
  let anchor = filled.findIndex((t) => t !== null);
  if (anchor < 0) return filled;
  for (let next = anchor + 1; next < filled.length; next++) {
    const end = filled[next];
    if (end === null) continue;
    const start = filled[anchor] as number;
    const span = along[next] - along[anchor];
    for (let i = anchor + 1; i < next; i++) {
      // Vertices on one spot (span 0) share the time halfway, so the order holds either way.
      const fraction = span > 0 ? (along[i] - along[anchor]) / span : (i - anchor) / (next - anchor);
      filled[i] = Math.round((start + fraction * (end - start)) / 1000) * 1000;
    }
    anchor = next;
  }
  return filled;
}

/**
 * Times for every vertex from the first and last, in proportion to the distance along the line.
 *
 * @example
 * timesByDistance([[0, 0], [0.001, 0], [0.003, 0]], 0, 3_000) // → [0, 1_000, 3_000]
 */
export function timesByDistance(lngLats: readonly LngLat[], start: number, end: number): number[] {
  const times: VertexTime[] = lngLats.map(() => null);
  times[0] = start;
  times[times.length - 1] = end;
  return fillTimesByDistance(lngLats, times) as number[];
}

/**
 * Times carried over when a line's vertices change: by position when the count is the same (a vertex
 * was dragged), otherwise by matching unchanged vertices in order; new vertices get null.
 *
 * @example
 * carryVertexTimes([[0, 0], [2, 0]], [0, 60_000], [[0, 0], [1, 0], [2, 0]]) // → [0, null, 60_000]
 */
export function carryVertexTimes(before: readonly LngLat[], times: readonly VertexTime[], after: readonly LngLat[]): VertexTime[] {
  if (before.length === after.length) return after.map((_, i) => times[i] ?? null);
  let from = 0;
  return after.map(([lng, lat]) => {
    for (let i = from; i < before.length; i++) {
      if (before[i][0] === lng && before[i][1] === lat) {
        from = i + 1;
        return times[i] ?? null;
      }
    }
    return null;
  });
}

/**
 * What is wrong with a movement's vertex times, vertex by vertex (1-based): missing times, a time before
 * the previous vertex's, times outside 2000 … a day after `now`, a speed no journey reaches, and a
 * movement longer than `maxHours`. Plus a problem at vertex 0 when the line has fewer than 2 vertices.
 * Empty when the movement can be saved.
 *
 * @example
 * movementTimeProblems([[0, 0], [0.01, 0]], [60_000, 0], { now: Date.now() })
 * // → [{ vertex: 2, code: 'backwards', params: { other: 1 }, message: 'is earlier than vertex 1: times must not go back' }]
 */
export function movementTimeProblems(lngLats: readonly LngLat[], times: readonly VertexTime[], bounds: MovementBounds): VertexProblem[] {
  const problems: VertexProblem[] = [];
  if (lngLats.length < 2) return [{ vertex: 0, code: 'too-few', message: `a movement needs at least 2 vertices, not ${lngLats.length}` }];
  if (lngLats.length !== times.length) return [{ vertex: 0, code: 'count', message: `${lngLats.length} vertices but ${times.length} times: one time per vertex` }];
  const maxSpeedKmh = bounds.maxSpeedKmh ?? 1000;
  const latest = bounds.now + DAY_MS;
  // The latest time so far and its vertex: each time must not be earlier.
  let previous: number | null = null;
  let previousVertex = 0;
  for (const [i, time] of times.entries()) {
    const vertex = i + 1;
    if (time === null || !Number.isFinite(time)) {
      problems.push({ vertex, code: 'missing', message: 'has no time' });
      continue;
    }
    if (time < EARLIEST_TRACK_TIME) problems.push({ vertex, code: 'too-early', message: 'is before the year 2000' });
    else if (time > latest) problems.push({ vertex, code: 'future', message: 'is more than a day in the future' });
    const before = i > 0 ? times[i - 1] : null;
    if (previous !== null && time < previous) {
      problems.push({ vertex, code: 'backwards', params: { other: previousVertex }, message: `is earlier than vertex ${previousVertex}: times must not go back` });
    } else if (before !== null && before !== undefined) {
      const km = metresBetween(lngLats[i - 1], lngLats[i]) / 1000;
      const hours = (time - before + ENTRY_SLACK_MS) / 3_600_000;
      if (km / hours > maxSpeedKmh) {
        const params = { other: vertex - 1, km: Math.round(km * 10) / 10, minutes: Math.round((time - before) / 60_000), maxKmh: maxSpeedKmh };
        problems.push({ vertex, code: 'too-fast', params, message: `is ${params.km} km from vertex ${params.other} in ${params.minutes} min, faster than ${maxSpeedKmh} km/h: check the time` });
      }
    }
    if (previous === null || time >= previous) [previous, previousVertex] = [time, vertex];
  }
  const known = times.filter((t): t is number => t !== null && Number.isFinite(t));
  const maxHours = bounds.maxHours ?? 48;
  if (problems.length === 0 && known.length >= 2 && known[known.length - 1] - known[0] > maxHours * 3_600_000) {
    problems.push({ vertex: times.length, code: 'too-long', params: { hours: maxHours }, message: `ends more than ${maxHours} hours after the first vertex: split a journey this long into several visits` });
  }
  return problems;
}
