/**
 * Brute-force reference for the overlap tests: the definition evaluated literally at given instants with
 * Turf's geodesic functions, sharing no code with the engine (own gap splitting, own interpolation).
 * Slow on purpose — tests only.
 */
import { distance, lineString, pointToLineDistance } from '@turf/turf';
import { latLngToCell } from 'h3-js';
import type { CaseTrack, LngLat, TrajectoryPart } from '../trajectory/types';

type Segment = { t0: number; t1: number; a: LngLat; b: LngLat };
type Timeline = { segments: Segment[]; points: { t0: number; t1: number; at: LngLat }[] };

/** Segments (joined vertex pairs) and timed points (stays, and every vertex at its own time). */
export function referenceTimeline(parts: readonly TrajectoryPart[], maxGapMinutes: number): Timeline {
  const segments: Segment[] = [];
  const points: Timeline['points'] = [];
  for (const part of parts) {
    if (part.kind === 'stay') {
      points.push({ t0: part.start, t1: part.end, at: part.lngLat });
      continue;
    }
    for (let i = 0; i < part.times.length; i++) {
      points.push({ t0: part.times[i], t1: part.times[i], at: part.lngLats[i] });
      const dt = part.times[i + 1] - part.times[i];
      if (i + 1 < part.times.length && dt > 0 && dt <= maxGapMinutes * 60_000) {
        segments.push({ t0: part.times[i], t1: part.times[i + 1], a: part.lngLats[i], b: part.lngLats[i + 1] });
      }
    }
  }
  return { segments, points };
}

function lerp(s: Segment, t: number): LngLat {
  const f = (t - s.t0) / (s.t1 - s.t0);
  return [s.a[0] + (s.b[0] - s.a[0]) * f, s.a[1] + (s.b[1] - s.a[1]) * f];
}

/** Every position the trajectory occupies at instant t (several at a jump or with overlapping parts). */
export function positionsAt(timeline: Timeline, t: number): LngLat[] {
  const out: LngLat[] = [];
  for (const p of timeline.points) if (p.t0 <= t && t <= p.t1) out.push(p.at);
  for (const s of timeline.segments) if (s.t0 < t && t < s.t1) out.push(lerp(s, t));
  return out;
}

/** Smallest geodesic distance (m) from `at` to any position the case occupied during [from, to]. */
export function distanceToOccupied(timeline: Timeline, at: LngLat, from: number, to: number): number {
  let best = Infinity;
  for (const p of timeline.points) {
    if (p.t1 < from || p.t0 > to) continue;
    best = Math.min(best, distance(at, p.at, { units: 'meters' }));
  }
  for (const s of timeline.segments) {
    const lo = Math.max(s.t0, from);
    const hi = Math.min(s.t1, to);
    if (lo > hi) continue;
    const e1 = lerp(s, lo);
    const e2 = lerp(s, hi);
    const d =
      e1[0] === e2[0] && e1[1] === e2[1]
        ? distance(at, e1, { units: 'meters' })
        : pointToLineDistance(at, lineString([e1, e2]), { units: 'meters', method: 'geodesic' });
    best = Math.min(best, d);
  }
  return best;
}

export type ReferenceRule = { distanceMeters: number; toleranceMinutes: number; maxGapMinutes: number };

/** Smallest distance at instant t from the resident to what the case occupied in [t − T, t] (Infinity if none). */
export function exposureDistanceAt(resident: Timeline, caseTimeline: Timeline, t: number, rule: ReferenceRule): number {
  let best = Infinity;
  for (const at of positionsAt(resident, t)) {
    best = Math.min(best, distanceToOccupied(caseTimeline, at, t - rule.toleranceMinutes * 60_000, t));
  }
  return best;
}

/** Exposure windows per case code found by sampling every `stepMs` (a window is a run of exposed samples). */
export function sampledWindows(
  resident: readonly TrajectoryPart[],
  cases: readonly CaseTrack[],
  rule: ReferenceRule,
  stepMs: number,
): Map<string, [number, number][]> {
  const residentTimeline = referenceTimeline(resident, rule.maxGapMinutes);
  const times = residentTimeline.points.flatMap((p) => [p.t0, p.t1]);
  const start = Math.min(...times);
  const end = Math.max(...times);
  const result = new Map<string, [number, number][]>();
  for (const track of cases) {
    const caseTimeline = referenceTimeline(track.parts, rule.maxGapMinutes);
    const windows: [number, number][] = [];
    let open: [number, number] | undefined;
    for (let t = start; t <= end; t += stepMs) {
      if (exposureDistanceAt(residentTimeline, caseTimeline, t, rule) <= rule.distanceMeters) {
        if (open) open[1] = t;
        else open = [t, t];
      } else if (open) {
        windows.push(open);
        open = undefined;
      }
    }
    if (open) windows.push(open);
    if (windows.length > 0) result.set(track.caseCode, windows);
  }
  return result;
}

/** The H3 cells the trajectory is in at instant t. */
export function cellsAt(timeline: Timeline, t: number, resolution: number): Set<string> {
  return new Set(positionsAt(timeline, t).map(([lng, lat]) => latLngToCell(lat, lng, resolution)));
}

/** Whether resident and case share a cell at instant t. */
export function isCoPresentAt(resident: Timeline, caseTimeline: Timeline, t: number, resolution: number): boolean {
  const cells = cellsAt(resident, t, resolution);
  for (const cell of cellsAt(caseTimeline, t, resolution)) if (cells.has(cell)) return true;
  return false;
}
