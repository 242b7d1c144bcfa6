import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseTrack, TrajectoryPart } from '../trajectory/types';
import { buildCaseIndex, searchCaseIndex } from './build-case-index';

const HOUR = 3_600_000;

const partArb: fc.Arbitrary<TrajectoryPart> = fc.oneof(
  fc
    .record({
      kind: fc.constant('stay' as const),
      lngLat: fc.tuple(fc.double({ min: 126.9, max: 127.1, noNaN: true }), fc.double({ min: 37.4, max: 37.7, noNaN: true })),
      start: fc.integer({ min: 0, max: 72 * HOUR }),
      end: fc.integer({ min: 0, max: 72 * HOUR }),
    })
    .map((s) => ({ ...s, start: Math.min(s.start, s.end), end: Math.max(s.start, s.end) })),
  fc
    .array(
      fc.tuple(
        fc.double({ min: 126.9, max: 127.1, noNaN: true }),
        fc.double({ min: 37.4, max: 37.7, noNaN: true }),
        fc.integer({ min: 0, max: HOUR }),
      ),
      { minLength: 2, maxLength: 5 },
    )
    .chain((vertices) =>
      fc.integer({ min: 0, max: 72 * HOUR }).map((start): TrajectoryPart => {
        let t = start;
        return {
          kind: 'movement',
          lngLats: vertices.map(([lng, lat]) => [lng, lat]),
          times: vertices.map(([, , dt]) => (t += dt)),
        };
      }),
    ),
);

describe('buildCaseIndex / searchCaseIndex', () => {
  it('finds exactly the pieces a full scan finds (boxes and times), each once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(partArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.tuple(fc.double({ min: 126.9, max: 127.1, noNaN: true }), fc.double({ min: 37.4, max: 37.7, noNaN: true })),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        fc.integer({ min: -HOUR, max: 80 * HOUR }),
        fc.integer({ min: 0, max: 30 * HOUR }),
        (tracks, [lng, lat], half, from, span) => {
          const cases: CaseTrack[] = tracks.map((parts, k) => ({ caseCode: `C-${k}`, parts }));
          const index = buildCaseIndex(cases, { timeBucketMinutes: 60 });
          const box = [lng - half, lat - half, lng + half, lat + half] as const;
          const found = searchCaseIndex(index, box, from, from + span);
          expect(new Set(found).size).toBe(found.length);
          const p = index.pieces;
          for (let i = 0; i < p.count; i++) {
            const meets =
              Math.min(p.lng0[i], p.lng1[i]) <= box[2] &&
              Math.max(p.lng0[i], p.lng1[i]) >= box[0] &&
              Math.min(p.lat0[i], p.lat1[i]) <= box[3] &&
              Math.max(p.lat0[i], p.lat1[i]) >= box[1] &&
              p.t0[i] <= from + span &&
              p.t1[i] >= from;
            // Strictly meeting pieces must be found; float32 padding may add near-misses, never lose one.
            if (meets) expect(found).toContain(i);
            if (found.includes(i)) expect(p.t0[i] <= from + span && p.t1[i] >= from).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('splits cases at gaps, keeps places and reports its memory', () => {
    const index = buildCaseIndex(
      [
        {
          caseCode: 'C-1',
          parts: [
            {
              kind: 'movement',
              lngLats: [
                [126.98, 37.56],
                [126.99, 37.56],
                [127.0, 37.56],
              ],
              times: [0, 60_000, 60_000 + 31 * 60_000],
              place: 'Line 2',
            },
            { kind: 'stay', lngLat: [126.98, 37.56], start: 0, end: 30 * 24 * HOUR },
          ],
        },
      ],
      { maxGapMinutes: 30 },
    );
    // One segment, the lone last vertex, and a month-long stay that goes to the long-piece tree.
    expect(index.pieces.count).toBe(3);
    expect(index.places).toEqual(['Line 2']);
    expect(Array.from(index.pieces.placeOf)).toEqual([0, 0, -1]);
    expect(index.longPieces?.ids.length).toBe(1);
    expect(index.byteLength).toBeGreaterThan(0);
    expect(searchCaseIndex(index, [126.97, 37.55, 126.985, 37.57], 10 * 24 * HOUR, 10 * 24 * HOUR)).toEqual([2]);
  });

  it('indexes nothing without cases', () => {
    const index = buildCaseIndex([]);
    expect(index.pieces.count).toBe(0);
    expect(searchCaseIndex(index, [-180, -90, 180, 90], 0, Infinity)).toEqual([]);
  });
});
