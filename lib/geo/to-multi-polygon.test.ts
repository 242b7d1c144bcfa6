import { problemText } from '../errors/problem';
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { toMultiPolygon } from './to-multi-polygon';

const square: Polygon = { type: 'Polygon', coordinates: [[[126.9, 37.5], [126.91, 37.5], [126.91, 37.51], [126.9, 37.51], [126.9, 37.5]]] };

describe('toMultiPolygon', () => {
  it('wraps a valid polygon as a MultiPolygon and drops altitude', () => {
    const withZ = { type: 'Polygon', coordinates: [square.coordinates[0].map(([x, y]) => [x, y, 12])] };
    expect(toMultiPolygon(withZ)).toEqual({ multiPolygon: { type: 'MultiPolygon', coordinates: [square.coordinates] } });
  });

  it('rejects a bow-tie with the place it crosses itself', () => {
    const bowTie = { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]] };
    const result = toMultiPolygon(bowTie);
    expect(result).toEqual({ problem: { code: 'zone.self-intersection', params: { lng: '0.500000', lat: '0.500000', count: 1 }, field: 'geometry' } });
    if (!('problem' in result)) throw new Error('expected a problem');
    expect(problemText(result.problem)).toEqual({
      'zh-CN': '区域边界自相交（约在 0.500000, 0.500000，共 1 处交叉），请调整后再保存。',
      en: 'The boundary intersects itself near [0.500000, 0.500000] (1 crossing(s)); reshape it and save again.',
    });
  });

  it.each([
    [{ type: 'Point', coordinates: [0, 0] }, /Polygon or MultiPolygon, not Point/],
    [null, /not null/],
    [{ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] }, /needs at least 4/],
    [{ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] }, /not closed/],
    [{ type: 'Polygon', coordinates: [[[0, 0], [200, 0], [1, 1], [0, 0]]] }, /Position 2 .* within range/],
    [{ type: 'Polygon', coordinates: [[[0, 0], ['a', 0], [1, 1], [0, 0]]] }, /Position 2/],
    [{ type: 'Polygon', coordinates: [[[0, 0], [0, 0], [1, 1], [0, 0]]] }, /fewer than 3 distinct/],
    [{ type: 'MultiPolygon', coordinates: [] }, /no polygons/],
  ])('rejects %j', (geometry, message) => {
    const result = toMultiPolygon(geometry);
    expect('problem' in result && problemText(result.problem).en).toMatch(message);
  });

  it('does not mutate its input', () => {
    const before = structuredClone(square);
    toMultiPolygon(square);
    expect(square).toEqual(before);
  });
});
