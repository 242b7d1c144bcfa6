import { describe, expect, it } from 'vitest';
import type { TrajectoryPart } from '../trajectory/types';
import { lastDays } from './last-days';

const DAY = 86_400_000;
const parts: TrajectoryPart[] = [
  { kind: 'stay', lngLat: [121, 31], start: 0, end: DAY },
  { kind: 'movement', lngLats: [[121, 31], [121.1, 31], [121.2, 31]], times: [10 * DAY, 20 * DAY, 30 * DAY] },
  { kind: 'stay', lngLat: [121.3, 31], start: 29 * DAY, end: 40 * DAY },
];

describe('lastDays', () => {
  it('keeps the last days counted back from the final instant, cutting straddling parts at the cut', () => {
    const kept = lastDays(parts, 14); // cut at day 26
    expect(kept).toEqual([
      { kind: 'movement', lngLats: [[121.1, 31], [121.2, 31]], times: [20 * DAY, 30 * DAY] },
      { kind: 'stay', lngLat: [121.3, 31], start: 29 * DAY, end: 40 * DAY },
    ]);
  });

  it('turns a movement with one vertex left into a stay and starts a straddling stay at the cut', () => {
    const kept = lastDays([{ kind: 'movement', lngLats: [[1, 1], [2, 2]], times: [0, 5 * DAY] }, { kind: 'stay', lngLat: [3, 3], start: DAY, end: 20 * DAY }], 1);
    expect(kept).toEqual([{ kind: 'stay', lngLat: [3, 3], start: 19 * DAY, end: 20 * DAY }]);
  });

  it('keeps everything when the trajectory is shorter than the window, and does not mutate its input', () => {
    const before = JSON.stringify(parts);
    expect(lastDays(parts, 60)).toEqual(parts);
    expect(JSON.stringify(parts)).toBe(before);
  });
});
