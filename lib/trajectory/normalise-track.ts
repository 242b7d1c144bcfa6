import type { LngLat, Movement, Stay, TrajectoryPart } from './types';

/** What normalising did to one input part (1-based `part`), for the audit log and the import preview. */
export type NormaliseNote =
  | { part: number; change: 'motionless'; vertices: number }
  | { part: number; change: 'repeated-vertices'; dropped: number; stays: number };

const samePlace = (a: LngLat, b: LngLat) => a[0] === b[0] && a[1] === b[1];

/**
 * A movement without standing-still runs: a run of consecutive vertices on one spot becomes a stay from the
 * run's first to its last time (a phone at rest between two walks), and the movement on either side keeps
 * one vertex there; repeats at one instant are simply dropped. A movement whose points all coincide is one
 * stay from its first to its last time. Why not just drop repeats: the time spent on the spot would be
 * smeared over the next leg, and a resident who was there then would be missed. Does not mutate its input.
 *
 * @example
 * normaliseMovement({ kind: 'movement', lngLats: [[1, 1], [1, 1]], times: [0, 60_000] })
 * // → [{ kind: 'stay', lngLat: [1, 1], start: 0, end: 60_000 }]
 */
export function normaliseMovement(movement: Movement): TrajectoryPart[] {
  const { lngLats, times } = movement;
  const named = movement.place ? { place: movement.place } : {};
  const parts: TrajectoryPart[] = [];
  let line: { lngLats: LngLat[]; times: number[] } = { lngLats: [], times: [] };
  const flushLine = () => {
    if (line.lngLats.length >= 2) parts.push({ kind: 'movement', lngLats: line.lngLats, times: line.times, ...named });
  };
  for (let i = 0; i < lngLats.length; ) {
    let j = i;
    while (j + 1 < lngLats.length && samePlace(lngLats[j + 1], lngLats[i])) j++;
    const lngLat: LngLat = [lngLats[i][0], lngLats[i][1]];
    if (times[j] > times[i]) {
      // Standing still from times[i] to times[j]: the line so far ends here, a stay, a new line starts here.
      line.lngLats.push(lngLat);
      line.times.push(times[i]);
      flushLine();
      const stay: Stay = { kind: 'stay', lngLat, start: times[i], end: times[j], ...named };
      parts.push(stay);
      line = { lngLats: [lngLat], times: [times[j]] };
    } else {
      line.lngLats.push(lngLat);
      line.times.push(times[i]);
    }
    i = j + 1;
  }
  flushLine();
  // A motionless movement at a single instant: a stay of no length, as a lone fix is.
  if (parts.length === 0) parts.push({ kind: 'stay', lngLat: [lngLats[0][0], lngLats[0][1]], start: times[0], end: times[times.length - 1], ...named });
  return parts;
}

/**
 * A track's parts as they are stored: every movement through `normaliseMovement`, with a note for each part
 * that changed (1-based, in input order). Stays pass unchanged. Does not mutate its input.
 *
 * @example
 * normaliseTrack([{ kind: 'movement', lngLats: [[1, 1], [1, 1]], times: [0, 60_000] }])
 * // → { parts: [{ kind: 'stay', lngLat: [1, 1], start: 0, end: 60_000 }], notes: [{ part: 1, change: 'motionless', vertices: 2 }] }
 */
export function normaliseTrack(parts: readonly TrajectoryPart[]): { parts: TrajectoryPart[]; notes: NormaliseNote[] } {
  const out: TrajectoryPart[] = [];
  const notes: NormaliseNote[] = [];
  parts.forEach((part, index) => {
    if (part.kind === 'stay') {
      out.push(part);
      return;
    }
    const normalised = normaliseMovement(part);
    out.push(...normalised);
    if (normalised.length === 1 && normalised[0].kind === 'stay') {
      notes.push({ part: index + 1, change: 'motionless', vertices: part.lngLats.length });
      return;
    }
    const dropped = part.lngLats.filter((lngLat, i) => i > 0 && samePlace(lngLat, part.lngLats[i - 1])).length;
    const stays = normalised.filter((p) => p.kind === 'stay').length;
    if (dropped > 0) notes.push({ part: index + 1, change: 'repeated-vertices', dropped, stays });
  });
  return { parts: out, notes };
}
