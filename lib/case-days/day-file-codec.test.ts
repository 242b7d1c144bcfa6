import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sceneArb } from '../overlap/arbitraries.test-helper';
import type { CaseTrack } from '../trajectory/types';
import { decodeDayFile, encodeDayFile, quantizePart } from './day-file-codec';
import { mergeDayTracks, splitTracksByDay } from './split-by-day';

const RUNS = Number(process.env.FC_RUNS ?? 100);
const ZONES = ['Asia/Shanghai', 'Asia/Seoul', 'America/New_York', 'UTC'];
const quantize = (tracks: readonly CaseTrack[]) => tracks.map((t) => ({ caseCode: t.caseCode, parts: t.parts.map(quantizePart) }));

describe('day files', () => {
  it('round-trip every vertex, time and place exactly (at 1e-6° and 1 s)', () => {
    fc.assert(
      fc.property(sceneArb({ extentMeters: 3_000, spanMinutes: 3 * 24 * 60, maxStayMinutes: 36 * 60, maxCases: 5 }), fc.constantFrom(...ZONES), (scene, timeZone) => {
        for (const day of splitTracksByDay(scene.cases, timeZone)) {
          const decoded = decodeDayFile(encodeDayFile(day));
          expect(decoded).toEqual({ ...day, cases: day.cases.map((c) => ({ ...c, visits: c.visits.map((v) => ({ seq: v.seq, part: quantizePart(v.part) })) })) });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('merged back from all their days give the published tracks, a track spanning days once', () => {
    fc.assert(
      fc.property(sceneArb({ extentMeters: 3_000, spanMinutes: 3 * 24 * 60, maxStayMinutes: 36 * 60, maxCases: 5 }), fc.constantFrom(...ZONES), (scene, timeZone) => {
        const days = splitTracksByDay(scene.cases, timeZone).map((d) => decodeDayFile(encodeDayFile(d)));
        expect(mergeDayTracks(days)).toEqual(quantize(scene.cases));
      }),
      { numRuns: RUNS },
    );
  });

  it('put a stay across local midnight in both days', () => {
    const start = Date.UTC(2022, 3, 1, 15, 30); // 23:30 in Shanghai
    const tracks: CaseTrack[] = [{ caseCode: 'C-1', parts: [{ kind: 'stay', lngLat: [121.47, 31.23], start, end: start + 3_600_000, place: 'Night market' }] }];
    const days = splitTracksByDay(tracks, 'Asia/Shanghai');
    expect(days.map((d) => d.day)).toEqual(['2022-04-01', '2022-04-02']);
    expect(days[1].start).toBe(Date.UTC(2022, 3, 1, 16));
    expect(days.map((d) => decodeDayFile(encodeDayFile(d)).cases[0].visits[0].part)).toEqual([tracks[0].parts[0], tracks[0].parts[0]]);
  });

  it('encode the same tracks to the same bytes', () => {
    const tracks: CaseTrack[] = [
      { caseCode: 'C-2', parts: [{ kind: 'movement', lngLats: [[126.9, 37.5], [126.901, 37.5004]], times: [Date.UTC(2022, 3, 1, 2), Date.UTC(2022, 3, 1, 2, 5)], place: '地铁' }] },
    ];
    const [a] = splitTracksByDay(tracks, 'Asia/Seoul');
    const [b] = splitTracksByDay(structuredClone(tracks), 'Asia/Seoul');
    expect(Buffer.from(encodeDayFile(a)).equals(Buffer.from(encodeDayFile(b)))).toBe(true);
  });

  it('round-trip extreme positions and times exactly (antimeridian and pole jumps, decades between vertices)', () => {
    const day = { day: '2022-04-01', start: Date.UTC(2022, 2, 31, 15), end: Date.UTC(2022, 3, 1, 15) };
    const lngLat = fc.tuple(fc.integer({ min: -180_000_000, max: 180_000_000 }), fc.integer({ min: -90_000_000, max: 90_000_000 })).map(([x, y]) => [x / 1e6, y / 1e6] as [number, number]);
    const second = fc.integer({ min: 631_152_000, max: 4_102_444_800 }); // 1990 to 2100
    const part = fc.oneof(
      fc.record({ lngLat, start: second, length: fc.integer({ min: 0, max: 1e8 }) }).map(({ lngLat, start, length }) => ({ kind: 'stay' as const, lngLat, start: start * 1000, end: (start + length) * 1000 })),
      fc.array(fc.tuple(lngLat, second), { minLength: 2, maxLength: 6 }).map((vertices) => ({ kind: 'movement' as const, lngLats: vertices.map((v) => v[0]), times: vertices.map((v) => v[1] * 1000).sort((a, b) => a - b) })),
    );
    fc.assert(
      fc.property(fc.array(fc.array(part, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), (cases) => {
        const tracks = { ...day, cases: cases.map((parts, k) => ({ caseCode: `C-${k}`, visits: parts.map((p, seq) => ({ seq: seq * 3, part: p })) })) };
        expect(decodeDayFile(encodeDayFile(tracks))).toEqual(tracks);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuse bytes that are not a day file', () => {
    expect(() => decodeDayFile(new TextEncoder().encode('{"v":1,"cases":[]}'))).toThrow(TypeError);
    expect(() => decodeDayFile(new Uint8Array([0xff, 0xff, 0xff]))).toThrow(TypeError);
    // A well-formed file cut short: its vertex columns no longer agree with its visits.
    const [day] = splitTracksByDay([{ caseCode: 'C-1', parts: [{ kind: 'movement', lngLats: [[126.9, 37.5], [126.91, 37.5], [126.92, 37.5]], times: [Date.UTC(2022, 3, 1, 2), Date.UTC(2022, 3, 1, 2, 1), Date.UTC(2022, 3, 1, 2, 2)] }] }], 'Asia/Seoul');
    const bytes = encodeDayFile(day);
    expect(decodeDayFile(bytes).cases[0].visits).toHaveLength(1);
    expect(() => decodeDayFile(bytes.subarray(0, bytes.length - 4))).toThrow(TypeError);
  });
});

describe('local days', () => {
  it('follow a DST change (New York, 13 March 2022) and a zone without one', async () => {
    const { localDayOf, localDayStart } = await import('./local-day');
    expect(localDayStart('2022-03-13', 'America/New_York')).toBe(Date.UTC(2022, 2, 13, 5));
    expect(localDayStart('2022-03-14', 'America/New_York')).toBe(Date.UTC(2022, 2, 14, 4));
    expect(localDayOf(Date.UTC(2022, 2, 14, 3, 59), 'America/New_York')).toBe('2022-03-13');
    expect(localDayOf(Date.UTC(2022, 2, 14, 4), 'America/New_York')).toBe('2022-03-14');
    expect(localDayOf(Date.UTC(2022, 3, 1, 15, 59, 59, 999), 'Asia/Shanghai')).toBe('2022-04-01');
    expect(localDayOf(Date.UTC(2022, 3, 1, 16), 'Asia/Shanghai')).toBe('2022-04-02');
  });
});
