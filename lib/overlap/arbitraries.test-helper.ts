/** fast-check generators of small random trajectories for the overlap property tests. */
import fc from 'fast-check';
import type { CaseTrack, LngLat, TrajectoryPart } from '../trajectory/types';
import { METERS_PER_DEGREE } from './local-projection';

export const BASE_TIME = Date.UTC(2022, 3, 1, 8);
const MINUTE = 60_000;

export type Scene = { origin: LngLat; resident: TrajectoryPart[]; cases: CaseTrack[] };

type RawVertex = { dx: number; dy: number; dt: number };
type RawPart =
  | { kind: 'stay'; dx: number; dy: number; start: number; duration: number }
  | { kind: 'movement'; start: number; vertices: RawVertex[] };

/** Time steps between vertices: mostly 10 s – 10 min, sometimes zero, sometimes beyond a 30-minute gap. */
const stepArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 10_000, max: 10 * MINUTE }) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.integer({ min: 31 * MINUTE, max: 40 * MINUTE }) },
);

function rawPartArb(extentMeters: number, spanMinutes: number, maxStayMinutes: number): fc.Arbitrary<RawPart> {
  const coordinate = fc.integer({ min: -extentMeters, max: extentMeters });
  return fc.oneof(
    fc.record({
      kind: fc.constant('stay' as const),
      dx: coordinate,
      dy: coordinate,
      start: fc.integer({ min: 0, max: spanMinutes * MINUTE }),
      duration: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: maxStayMinutes * MINUTE })),
    }),
    fc.record({
      kind: fc.constant('movement' as const),
      start: fc.integer({ min: 0, max: spanMinutes * MINUTE }),
      vertices: fc.array(fc.record({ dx: coordinate, dy: coordinate, dt: stepArb }), { minLength: 2, maxLength: 6 }),
    }),
  );
}

function toParts(raw: readonly RawPart[], origin: LngLat, place?: string): TrajectoryPart[] {
  const kx = METERS_PER_DEGREE * Math.cos((origin[1] * Math.PI) / 180);
  const at = (dx: number, dy: number): LngLat => [origin[0] + dx / kx, origin[1] + dy / METERS_PER_DEGREE];
  return raw.map((part): TrajectoryPart => {
    const named = place === undefined ? {} : { place };
    if (part.kind === 'stay') {
      const start = BASE_TIME + part.start;
      return { kind: 'stay', lngLat: at(part.dx, part.dy), start, end: start + part.duration, ...named };
    }
    let t = BASE_TIME + part.start;
    const times: number[] = [];
    for (const v of part.vertices) {
      times.push(t);
      t += v.dt;
    }
    return { kind: 'movement', lngLats: part.vertices.map((v) => at(v.dx, v.dy)), times, ...named };
  });
}

/**
 * A resident and a few cases within `extentMeters` of an origin at one of several latitudes (the local
 * projection must hold away from Seoul too), all within `spanMinutes` of each other.
 */
export function sceneArb(options: {
  extentMeters: number;
  spanMinutes: number;
  maxCases?: number;
  maxStayMinutes?: number;
}): fc.Arbitrary<Scene> {
  const partArb = rawPartArb(options.extentMeters, options.spanMinutes, options.maxStayMinutes ?? 30);
  const partsArb = fc.array(partArb, { minLength: 1, maxLength: 3 });
  return fc
    .record({
      origin: fc.constantFrom<LngLat>([126.98, 37.56], [151.2, -33.87], [10.75, 59.91], [-78.5, -0.2]),
      resident: partsArb,
      cases: fc.array(partsArb, { minLength: 1, maxLength: options.maxCases ?? 3 }),
    })
    .map(({ origin, resident, cases }) => ({
      origin,
      resident: toParts(resident, origin),
      cases: cases.map((parts, k) => ({ caseCode: `C-${k}`, parts: toParts(parts, origin, `Place ${k}`) })),
    }));
}

/** Every vertex, stay end and start time in a scene, shifted by each of `shifts` (ms). */
export function criticalTimes(scene: Scene, shifts: readonly number[] = [0]): number[] {
  const times: number[] = [];
  for (const parts of [scene.resident, ...scene.cases.map((c) => c.parts)]) {
    for (const part of parts) {
      const ts = part.kind === 'stay' ? [part.start, part.end] : part.times;
      for (const t of ts) for (const s of shifts) times.push(t + s);
    }
  }
  return times;
}
