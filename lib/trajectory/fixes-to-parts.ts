import type { LngLat, TrajectoryPart } from './types';

/** One GPS fix: a position at an instant (epoch ms). */
export type Fix = { lngLat: LngLat; time: number };

export type FixesToPartsOptions = {
  /** Consecutive fixes further apart than this are not joined: the position between them is unknown. */
  maxGapMinutes?: number;
  place?: string;
};

export const DEFAULT_MAX_GAP_MINUTES = 30;

/** A copy of a position (an index copy: spreading a pair runs the iterator protocol, 20,000 times a check). */
const copyLngLat = (lngLat: LngLat): LngLat => [lngLat[0], lngLat[1]];

/**
 * Turns time-ordered fixes into movements, split wherever two fixes are more than `maxGapMinutes` apart.
 * A run of a single fix becomes a stay of zero length. Does not mutate its input.
 *
 * @example
 * fixesToParts([{ lngLat: [126.9, 37.5], time: 0 }, { lngLat: [126.91, 37.5], time: 60_000 }])
 * // → [{ kind: 'movement', lngLats: [[126.9, 37.5], [126.91, 37.5]], times: [0, 60000] }]
 */
export function fixesToParts(fixes: readonly Fix[], options: FixesToPartsOptions = {}): TrajectoryPart[] {
  const maxGapMs = (options.maxGapMinutes ?? DEFAULT_MAX_GAP_MINUTES) * 60_000;
  const parts: TrajectoryPart[] = [];
  let run: Fix[] = [];
  const flush = () => {
    if (run.length === 1) {
      const [only] = run;
      parts.push(withPlace({ kind: 'stay', lngLat: copyLngLat(only.lngLat), start: only.time, end: only.time }, options.place));
    } else if (run.length > 1) {
      parts.push(
        withPlace(
          { kind: 'movement', lngLats: run.map((f) => copyLngLat(f.lngLat)), times: run.map((f) => f.time) },
          options.place,
        ),
      );
    }
    run = [];
  };
  for (const fix of fixes) {
    const previous = run[run.length - 1];
    if (previous && fix.time - previous.time > maxGapMs) flush();
    run.push(fix);
  }
  flush();
  return parts;
}

function withPlace<T extends TrajectoryPart>(part: T, place: string | undefined): T {
  return place === undefined ? part : { ...part, place };
}
