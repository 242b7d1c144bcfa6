import { describe, expect, it } from 'vitest';
import { carryVertexTimes, fillTimesByDistance, movementTimeProblems, timesByDistance } from './movement-times';
import type { LngLat } from '@/lib/trajectory/types';

const t0 = Date.parse('2022-04-01T10:00:00+08:00');
const min = 60_000;
const now = Date.parse('2022-04-05T00:00:00+08:00');
// Along a parallel: 0.001° of longitude at 31.2°N is about 95 m, so distances here are proportional to Δlng.
const line: LngLat[] = [
  [121.4, 31.2],
  [121.401, 31.2],
  [121.403, 31.2],
  [121.406, 31.2],
];

describe('fillTimesByDistance', () => {
  it('spreads the time between two known vertices in proportion to the distance', () => {
    const filled = fillTimesByDistance(line, [t0, null, null, t0 + 6 * min]);
    expect(filled.map((t) => ((t as number) - t0) / min)).toEqual([0, 1, 3, 6]);
  });

  it('keeps the given times as anchors, leaves ends without an anchor empty, and does not mutate', () => {
    const times = [null, t0, null, t0 + 10 * min];
    const filled = fillTimesByDistance(line, times);
    expect(filled[0]).toBeNull();
    expect(filled[1]).toBe(t0);
    expect(((filled[2] as number) - t0) / min).toBeCloseTo(4, 5);
    expect(times[2]).toBeNull();
    expect(fillTimesByDistance(line, [null, null, null, null])).toEqual([null, null, null, null]);
  });

  it('gives vertices on one spot times in order', () => {
    const filled = fillTimesByDistance([[0, 0], [0, 0], [0, 0]], [0, null, 60_000]);
    expect(filled).toEqual([0, 30_000, 60_000]);
  });

  it('refuses a time list of the wrong length', () => {
    expect(() => fillTimesByDistance(line, [t0])).toThrow(RangeError);
  });
});

describe('timesByDistance', () => {
  it('times every vertex from the first and last', () => {
    expect(timesByDistance(line, t0, t0 + 12 * min).map((t) => (t - t0) / min)).toEqual([0, 2, 6, 12]);
  });
});

describe('carryVertexTimes', () => {
  it('keeps times by position when a vertex is dragged and by matching vertices when one is added or removed', () => {
    const times = [t0, t0 + min, t0 + 3 * min, t0 + 6 * min];
    const dragged: LngLat[] = [line[0], [121.4012, 31.2003], line[2], line[3]];
    expect(carryVertexTimes(line, times, dragged)).toEqual(times);
    const inserted: LngLat[] = [line[0], line[1], [121.402, 31.2], line[2], line[3]];
    expect(carryVertexTimes(line, times, inserted)).toEqual([times[0], times[1], null, times[2], times[3]]);
    expect(carryVertexTimes(line, times, [line[0], line[2], line[3]])).toEqual([times[0], times[2], times[3]]);
  });
});

describe('movementTimeProblems', () => {
  const ok = [t0, t0 + min, t0 + 3 * min, t0 + 6 * min];

  it('accepts times that never go back, equal times included', () => {
    expect(movementTimeProblems(line, ok, { now })).toEqual([]);
    expect(movementTimeProblems(line, [t0, t0, t0 + min, t0 + 2 * min], { now })).toEqual([]);
  });

  it('names each vertex whose time is missing or goes back', () => {
    expect(movementTimeProblems(line, [t0, null, t0 + 3 * min, t0 + 2 * min], { now })).toEqual([
      { vertex: 2, code: 'missing', message: 'has no time' },
      { vertex: 4, code: 'backwards', params: { other: 3 }, message: 'is earlier than vertex 3: times must not go back' },
    ]);
  });

  it('refuses fewer than 2 vertices and a time list that does not match the vertices', () => {
    expect(movementTimeProblems([line[0]], [t0], { now })[0]).toMatchObject({ vertex: 0, message: expect.stringContaining('at least 2 vertices') });
    expect(movementTimeProblems(line, [t0, t0], { now })[0]).toMatchObject({ vertex: 0, message: expect.stringContaining('one time per vertex') });
  });

  it('refuses times before 2000 or more than a day after now', () => {
    const early = Date.parse('1999-12-31T00:00:00Z');
    expect(movementTimeProblems(line.slice(0, 2), [early, t0], { now })).toMatchObject([{ vertex: 1, code: 'too-early', message: 'is before the year 2000' }]);
    expect(movementTimeProblems(line.slice(0, 2), [t0, now + 2 * 86_400_000], { now })).toMatchObject([{ vertex: 2, code: 'future', message: 'is more than a day in the future' }]);
  });

  it('refuses a speed no journey reaches (a typo in a time), with a minute of slack for times typed to the minute', () => {
    const far: LngLat[] = [[121.4, 31.2], [122.4, 31.2]]; // ~95 km
    expect(movementTimeProblems(far, [t0, t0 + 2 * min], { now })).toEqual([
      { vertex: 2, code: 'too-fast', params: { other: 1, km: expect.closeTo(95.2, 0), minutes: 2, maxKmh: 1000 }, message: expect.stringMatching(/^is 95\.\d km from vertex 1 in 2 min, faster than 1000 km\/h/) },
    ]);
    expect(movementTimeProblems(far, [t0, t0 + 10 * min], { now })).toEqual([]);
    // 95 m in "0 minutes" is a bus between two stops typed to the same minute.
    expect(movementTimeProblems(line.slice(0, 2), [t0, t0], { now })).toEqual([]);
  });

  it('refuses a movement longer than maxHours (48 by default)', () => {
    expect(movementTimeProblems(line.slice(0, 2), [t0, t0 + 49 * 60 * min], { now })).toMatchObject([{ vertex: 2, code: 'too-long', message: expect.stringContaining('more than 48 hours') }]);
    expect(movementTimeProblems(line.slice(0, 2), [t0, t0 + 3 * 60 * min], { now, maxHours: 2 })[0].message).toContain('more than 2 hours');
  });
});
