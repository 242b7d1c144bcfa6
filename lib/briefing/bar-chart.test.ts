import { describe, expect, it } from 'vitest';
import { scaleBars } from './bar-chart';

describe('scaleBars', () => {
  it('scales to the largest value and spaces bars evenly', () => {
    const bars = scaleBars(
      [
        { key: 'a', value: 1 },
        { key: 'b', value: 4 },
        { key: 'c', value: 0 },
      ],
      { width: 90, height: 40, gap: 2 },
    );
    expect(bars.map((b) => [b.x, b.width, b.height, b.y])).toEqual([
      [0, 28, 10, 30],
      [30, 28, 40, 0],
      [60, 28, 0, 40],
    ]);
  });

  it('keeps a tiny non-zero bar visible and handles all zeros and no data', () => {
    const bars = scaleBars([{ key: 'a', value: 1 }, { key: 'b', value: 1000 }], { width: 10, height: 100, gap: 0, minVisibleHeight: 3 });
    expect(bars[0].height).toBe(3);
    expect(scaleBars([{ key: 'a', value: 0 }], { width: 10, height: 10 })[0].height).toBe(0);
    expect(scaleBars([], { width: 10, height: 10 })).toEqual([]);
  });
});
