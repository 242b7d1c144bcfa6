import { describe, expect, it } from 'vitest';
import { labelPoints } from './label-points';

describe('labelPoints', () => {
  it('numbers stays at their point and movements at their middle vertex, in order', () => {
    expect(
      labelPoints([
        { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1], [2, 2]] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [5, 6, 100] } },
      ]),
    ).toEqual([
      { number: 1, lngLat: [1, 1] },
      { number: 2, lngLat: [5, 6] },
    ]);
  });
});
