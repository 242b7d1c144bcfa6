import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { drawnGeometry, polygonsOf } from './drawn-geometry';

const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
const other: Polygon = { type: 'Polygon', coordinates: [[[2, 2], [3, 2], [3, 3], [2, 2]]] };

describe('drawnGeometry', () => {
  it('is null without polygons and ignores guidance points', () => {
    expect(drawnGeometry([{ geometry: { type: 'Point', coordinates: [0, 0] } }])).toBeNull();
  });
  it('returns one polygon as a Polygon and several as a MultiPolygon, round-tripping polygonsOf', () => {
    expect(drawnGeometry([{ geometry: square }])).toEqual(square);
    const multi = drawnGeometry([{ geometry: square }, { geometry: other }]);
    expect(multi).toEqual({ type: 'MultiPolygon', coordinates: [square.coordinates, other.coordinates] });
    expect(polygonsOf(multi as never)).toEqual([square, other]);
  });
  it('does not mutate its input', () => {
    const input = [{ geometry: structuredClone(square) }];
    const result = drawnGeometry(input) as Polygon;
    result.coordinates[0][0][0] = 99;
    expect(input[0].geometry).toEqual(square);
  });
});
