/**
 * Bench baseline (a): what one writes without an index — every resident piece against every case piece,
 * a time-overlap test, then Turf's haversine at sampled instants of the common interval.
 */
import { distance } from '@turf/turf';
import { forEachPiece } from '../trajectory/parts-to-pieces';
import type { CaseTrack, LngLat, TrajectoryPart } from '../../lib/trajectory/types';

type Pieces = { count: number; t0: number[]; t1: number[]; a: LngLat[]; b: LngLat[]; owner: number[] };

function collectPieces(tracks: readonly { parts: readonly TrajectoryPart[] }[], maxGapMs: number): Pieces {
  const pieces: Pieces = { count: 0, t0: [], t1: [], a: [], b: [], owner: [] };
  tracks.forEach((track, owner) =>
    forEachPiece(track.parts, maxGapMs, (t0, t1, lng0, lat0, lng1, lat1) => {
      pieces.t0.push(t0);
      pieces.t1.push(t1);
      pieces.a.push([lng0, lat0]);
      pieces.b.push([lng1, lat1]);
      pieces.owner.push(owner);
      pieces.count++;
    }),
  );
  return pieces;
}

function lerp(pieces: Pieces, i: number, t: number): LngLat {
  const span = pieces.t1[i] - pieces.t0[i];
  const f = span > 0 ? (t - pieces.t0[i]) / span : 0;
  const a = pieces.a[i];
  const b = pieces.b[i];
  return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];
}

export type NaiveResult = {
  /** Indices of the cases found (complete only when !isCapped). */
  cases: Set<number>;
  /** Closest sampled distance per found case. */
  closest: Map<number, number>;
  elapsedMs: number;
  /** Measured when the scan finished, else elapsed / fraction of resident pieces scanned. */
  estimatedMs: number;
  isCapped: boolean;
  turfCalls: number;
};

/**
 * Scans all pairs (T = 0) until done or `budgetMs` is spent. Resident pieces are visited in a strided order,
 * so a capped scan has covered the 14 days evenly and extrapolates linearly.
 *
 * @example
 * naiveScan(residentParts, cases, { distanceMeters: 100, sampleMs: 5_000, budgetMs: 20_000 })
 */
export function naiveScan(
  resident: readonly TrajectoryPart[],
  cases: readonly CaseTrack[],
  options: { distanceMeters: number; sampleMs: number; budgetMs: number; maxGapMinutes?: number },
): NaiveResult {
  const maxGapMs = (options.maxGapMinutes ?? 30) * 60_000;
  const started = performance.now();
  const r = collectPieces([{ parts: resident }], maxGapMs);
  const c = collectPieces(cases, maxGapMs);
  const found = new Set<number>();
  const closest = new Map<number, number>();
  const stride = 97;
  let done = 0;
  let turfCalls = 0;
  let isCapped = false;
  outer: for (let phase = 0; phase < stride; phase++) {
    for (let i = phase; i < r.count; i += stride) {
      if (performance.now() - started > options.budgetMs) {
        isCapped = true;
        break outer;
      }
      const rt0 = r.t0[i];
      const rt1 = r.t1[i];
      for (let j = 0; j < c.count; j++) {
        const lo = Math.max(rt0, c.t0[j]);
        const hi = Math.min(rt1, c.t1[j]);
        if (lo > hi) continue;
        for (let t = lo; ; t = Math.min(hi, t + options.sampleMs)) {
          const d = distance(lerp(r, i, t), lerp(c, j, t), { units: 'meters' });
          turfCalls++;
          if (d <= options.distanceMeters) {
            const owner = c.owner[j];
            found.add(owner);
            closest.set(owner, Math.min(d, closest.get(owner) ?? Infinity));
          }
          if (t >= hi) break;
        }
      }
      done++;
    }
  }
  const elapsedMs = performance.now() - started;
  return {
    cases: found,
    closest,
    elapsedMs,
    estimatedMs: isCapped ? (elapsedMs * r.count) / Math.max(1, done) : elapsedMs,
    isCapped,
    turfCalls,
  };
}
