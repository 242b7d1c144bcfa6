import { destination, distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { CaseTrack, LngLat, TrajectoryPart } from '../trajectory/types';
import { buildCaseIndex } from './build-case-index';
import { checkTrajectory } from './check-trajectory';
import { findOverlaps } from './find-overlaps';
import { PRESETS } from './rule';

const MIN = 60_000;
const T0 = Date.UTC(2022, 3, 1, 9);
const HOME: LngLat = [126.98, 37.56];

/** The point `meters` from `from` towards `bearing` on Turf's sphere (so turf.distance reads exactly `meters`). */
const away = (from: LngLat, meters: number, bearing: number): LngLat =>
  destination(from, meters, bearing, { units: 'meters' }).geometry.coordinates as LngLat;

const stay = (lngLat: LngLat, startMin: number, endMin: number, place?: string): TrajectoryPart => ({
  kind: 'stay',
  lngLat,
  start: T0 + startMin * MIN,
  end: T0 + endMin * MIN,
  ...(place === undefined ? {} : { place }),
});

const move = (lngLats: LngLat[], minutes: number[]): TrajectoryPart => ({
  kind: 'movement',
  lngLats,
  times: minutes.map((m) => T0 + m * MIN),
});

const track = (caseCode: string, ...parts: TrajectoryPart[]): CaseTrack => ({ caseCode, parts });

describe('findOverlaps — hand cases', () => {
  it.each([0, 90, 45, 200])('counts exactly D apart as exposed (bearing %i°) and D + 1 cm as not', (bearing) => {
    const exact = away(HOME, 100, bearing);
    expect(distance(HOME, exact, { units: 'meters' })).toBeCloseTo(100, 7);
    const [overlap] = checkTrajectory([stay(HOME, 0, 10)], [track('C-1', stay(exact, 0, 10))]);
    expect(overlap).toMatchObject({ caseCode: 'C-1', from: T0, to: T0 + 10 * MIN, minutes: 10 });
    expect(overlap.minDistanceMeters).toBeCloseTo(100, 6);
    expect(checkTrajectory([stay(HOME, 0, 10)], [track('C-1', stay(away(HOME, 100.01, bearing), 0, 10))])).toEqual([]);
  });

  it('merges windows that touch, across case parts and across resident pieces', () => {
    const cases = [track('C-1', stay(HOME, 0, 10), stay(HOME, 10, 20))];
    const resident = [move([HOME, away(HOME, 5, 0), HOME], [0, 10, 20])];
    expect(checkTrajectory(resident, cases)).toEqual([
      expect.objectContaining({ caseCode: 'C-1', from: T0, to: T0 + 20 * MIN, minutes: 20, minDistanceMeters: 0 }),
    ]);
  });

  it('does not join vertices more than maxGapMinutes apart', () => {
    // The case is at A at 0 and B (2 km east) at 40 min; the resident waits halfway between at 20 min.
    const a = HOME;
    const b = away(HOME, 2_000, 90);
    const halfway = away(HOME, 1_000, 90);
    const cases = [track('C-1', move([a, b], [0, 40]))];
    const resident = [stay(halfway, 15, 25)];
    expect(checkTrajectory(resident, cases)).toEqual([]);
    const joined = checkTrajectory(resident, cases, { maxGapMinutes: 60 });
    expect(joined).toHaveLength(1);
    // At 50 m/min, within 100 m of halfway from 18 to 22 min.
    expect(joined[0].from).toBeCloseTo(T0 + 18 * MIN, -1);
    expect(joined[0].to).toBeCloseTo(T0 + 22 * MIN, -1);
  });

  it('lets T decide a case stay that ended before the resident arrived', () => {
    const cases = [track('C-1', stay(HOME, 0, 60, 'Market'))];
    const resident = [stay(HOME, 90, 120)];
    expect(checkTrajectory(resident, cases, { toleranceMinutes: 0 })).toEqual([]);
    expect(checkTrajectory(resident, cases, { toleranceMinutes: 29 })).toEqual([]);
    // T = 30: the stay is risky until exactly 90 min — an instantaneous overlap, reported with M = 0.
    expect(checkTrajectory(resident, cases, { toleranceMinutes: 30 })).toEqual([
      expect.objectContaining({ from: T0 + 90 * MIN, to: T0 + 90 * MIN, minutes: 0, place: 'Market' }),
    ]);
    expect(checkTrajectory(resident, cases, { preset: 'after-case' })).toEqual([
      expect.objectContaining({ from: T0 + 90 * MIN, to: T0 + 120 * MIN, minutes: 30 }),
    ]);
  });

  it('finds nothing where lines cross without simultaneous presence, unless T covers the delay', () => {
    const west = away(HOME, 1_000, 270);
    const east = away(HOME, 1_000, 90);
    const south = away(HOME, 1_000, 180);
    const north = away(HOME, 1_000, 0);
    const resident = [move([west, east], [0, 20])]; // through HOME at 10 min
    const cases = [track('C-1', move([south, north], [20, 40]))]; // through HOME at 30 min
    expect(checkTrajectory(resident, cases)).toEqual([]);
    // T looks back, not forward: the case arrives after the resident left, so no T helps.
    expect(checkTrajectory(resident, cases, { toleranceMinutes: 240 })).toEqual([]);
    // A resident crossing 10 min after the case (at 40 min) is caught once T reaches back to the case's pass.
    const later = [move([west, east], [30, 50])];
    expect(checkTrajectory(later, cases, { toleranceMinutes: 8 })).toEqual([]);
    const [caught] = checkTrajectory(later, cases, { toleranceMinutes: 15 });
    expect(caught.caseCode).toBe('C-1');
  });

  it('solves a case stay inside a movement pass exactly', () => {
    // 6 km in 10 min = 10 m/s straight over the stay: within 100 m for 20 s around the pass at 25 min.
    const start = away(HOME, 3_000, 270);
    const end = away(HOME, 3_000, 90);
    const [pass] = checkTrajectory([move([start, end], [20, 30])], [track('C-1', stay(HOME, 0, 60))]);
    expect(pass.from).toBeCloseTo(T0 + 25 * MIN - 10_000, -2);
    expect(pass.to).toBeCloseTo(T0 + 25 * MIN + 10_000, -2);
    expect(pass.minDistanceMeters).toBeLessThan(1);
    expect(distance(pass.closest, HOME, { units: 'meters' })).toBeLessThan(1);
  });

  it('reports a case visited twice as two windows', () => {
    const elsewhere = away(HOME, 1_000, 0);
    const resident = [stay(HOME, 0, 10), move([HOME, elsewhere, HOME], [10, 25, 40]), stay(HOME, 40, 50)];
    const overlaps = checkTrajectory(resident, [track('C-1', stay(HOME, 0, 60))]);
    expect(overlaps.map((o) => o.caseCode)).toEqual(['C-1', 'C-1']);
    expect(overlaps[0].from).toBe(T0);
    expect(overlaps[1].to).toBe(T0 + 50 * MIN);
    expect(overlaps[0].to).toBeLessThan(overlaps[1].from);
  });

  it('drops windows shorter than M (same-place: 15 minutes)', () => {
    const cases = [track('C-short', stay(HOME, 0, 10)), track('C-long', stay(HOME, 20, 40)), track('C-edge', stay(HOME, 50, 65))];
    const resident = [stay(HOME, 0, 70)];
    expect(checkTrajectory(resident, cases).map((o) => o.caseCode)).toEqual(['C-short', 'C-long', 'C-edge']);
    expect(checkTrajectory(resident, cases, { preset: 'same-place' }).map((o) => o.caseCode)).toEqual(['C-long', 'C-edge']);
  });

  it('sorts by start then case code, reports the place and the closest position', () => {
    const near = away(HOME, 30, 90);
    const cases = [
      track('B', stay(near, 5, 10, 'Pharmacy')),
      track('A', stay(near, 5, 10)),
      track('C', stay(HOME, 0, 3, 'Cafe')),
    ];
    const overlaps = checkTrajectory([stay(HOME, 0, 10)], cases);
    expect(overlaps.map((o) => [o.caseCode, o.place])).toEqual([
      ['C', 'Cafe'],
      ['A', undefined],
      ['B', 'Pharmacy'],
    ]);
    expect(overlaps[1].closest).toEqual(HOME);
    expect(overlaps[1].minDistanceMeters).toBeCloseTo(30, 3);
  });

  it('uses a prebuilt index the same as raw cases, for every preset', () => {
    const cases = [track('C-1', move([HOME, away(HOME, 500, 45)], [0, 20])), track('C-2', stay(away(HOME, 40, 180), 0, 30))];
    const resident = [move([away(HOME, 20, 0), away(HOME, 480, 45)], [2, 22])];
    const index = buildCaseIndex(cases);
    for (const rule of [
      undefined,
      { preset: 'same-place' as const },
      { preset: 'after-case' as const },
      { preset: 'companion' as const },
    ]) {
      expect(findOverlaps(resident, index, rule)).toEqual(checkTrajectory(resident, cases, rule));
    }
    expect(findOverlaps(resident, index).map((o) => o.caseCode)).toEqual(['C-1', 'C-2']);
  });

  it('reports how far through the trajectory it is, rising to the end, in both modes, without changing the answer', () => {
    const cases = [track('C-1', move([HOME, away(HOME, 500, 45)], [0, 20])), track('C-2', stay(away(HOME, 40, 180), 0, 30))];
    // A long walk (a fix a minute for 10 hours), so there are many chunks to report.
    const steps = Array.from({ length: 600 }, (_, i) => i);
    const resident = [move(steps.map((i) => away(HOME, (i % 50) * 20, 45)), steps)];
    const index = buildCaseIndex(cases);
    for (const rule of [undefined, { preset: 'companion' as const }]) {
      const fractions: number[] = [];
      const found = findOverlaps(resident, index, rule, { onProgress: (fraction) => fractions.push(fraction) });
      expect(found).toEqual(findOverlaps(resident, index, rule));
      expect(fractions.length).toBeGreaterThan(2);
      expect(fractions.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= fractions[i - 1]))).toBe(true);
      expect(fractions[fractions.length - 1]).toBeGreaterThan(0.9);
    }
  });

  it('does not mutate its inputs', () => {
    const cases = [track('C-1', move([HOME, away(HOME, 500, 45)], [0, 20]), stay(HOME, 30, 40, 'Market'))];
    const resident = [move([away(HOME, 20, 0), away(HOME, 480, 45)], [2, 22]), stay(HOME, 35, 36)];
    const rule = { distanceMeters: 80, toleranceMinutes: 5 };
    const before = structuredClone({ cases, resident, rule });
    checkTrajectory(resident, cases, rule);
    findOverlaps(resident, buildCaseIndex(cases), PRESETS.companion.rule);
    expect({ cases, resident, rule }).toEqual(before);
  });

  it('handles degenerate input: empty tracks, lone points, equal times, non-finite values', () => {
    expect(checkTrajectory([], [track('C-1', stay(HOME, 0, 10))])).toEqual([]);
    expect(checkTrajectory([stay(HOME, 0, 10)], [])).toEqual([]);
    // A lone timed point is a zero-length stay.
    expect(checkTrajectory([stay(HOME, 5, 5)], [track('C-1', stay(HOME, 0, 10))])).toEqual([
      expect.objectContaining({ from: T0 + 5 * MIN, to: T0 + 5 * MIN, minutes: 0 }),
    ]);
    // Two vertices at the same time: both positions are occupied at that instant, nothing in between.
    const jump = move([away(HOME, 1_000, 270), away(HOME, 1_000, 90)], [5, 5]);
    expect(checkTrajectory([jump], [track('C-1', stay(HOME, 0, 10))])).toEqual([]);
    expect(checkTrajectory([jump], [track('C-1', stay(away(HOME, 1_000, 90), 0, 10))])).toHaveLength(1);
    const broken = move([HOME, [Number.NaN, 37.56], HOME], [0, 1, 2]);
    expect(checkTrajectory([broken], [track('C-1', stay(HOME, 0, 10))]).map((o) => [o.from, o.to])).toEqual([
      [T0, T0],
      [T0 + 2 * MIN, T0 + 2 * MIN],
    ]);
  });
});
