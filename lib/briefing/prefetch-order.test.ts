import { describe, expect, it } from 'vitest';
import { nearestFirst } from './prefetch-order';

describe('nearestFirst', () => {
  it('lists every other day once, nearest first, earlier first at equal distance', () => {
    expect(nearestFirst(6, 3)).toEqual([2, 4, 1, 5, 0]);
    expect(nearestFirst(60, 59)).toEqual(Array.from({ length: 59 }, (_, i) => 58 - i));
    expect(nearestFirst(5, 0)).toEqual([1, 2, 3, 4]);
  });

  it('is empty for a one-day slider', () => {
    expect(nearestFirst(1, 0)).toEqual([]);
  });
});
