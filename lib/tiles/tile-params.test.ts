import { describe, expect, it } from 'vitest';
import { parseTileParams, tileBounds, tileOf } from './tile-params';

describe('parseTileParams', () => {
  it('accepts a valid tile, with or without a .pbf suffix', () => {
    expect(parseTileParams('zones', '10', '873', '396')).toEqual({ ok: true, value: { layer: 'zones', z: 10, x: 873, y: 396 } });
    expect(parseTileParams('cases', '0', '0', '0.pbf')).toEqual({ ok: true, value: { layer: 'cases', z: 0, x: 0, y: 0 } });
  });

  it.each([
    ['roads', '1', '0', '0', 'layer'],
    ['zones', '-1', '0', '0', 'z'],
    ['zones', '23', '0', '0', 'z'],
    ['zones', '1.5', '0', '0', 'z'],
    ['zones', '2', '4', '0', 'x'],
    ['zones', '2', '01', '0', 'x'],
    ['zones', '2', '0', 'abc', 'y'],
    ['zones', '2', '0', '4', 'y'],
  ])('rejects %s/%s/%s/%s naming %s', (layer, z, x, y, parameter) => {
    const result = parseTileParams(layer, z, x, y);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.parameter).toBe(parameter);
  });
});

describe('tile geometry', () => {
  it('covers the world at zoom 0 and finds the containing tile', () => {
    const [w, s, e, n] = tileBounds(0, 0, 0);
    expect([w, e]).toEqual([-180, 180]);
    expect(n).toBeCloseTo(85.0511, 3);
    expect(s).toBeCloseTo(-85.0511, 3);
    const t = tileOf([126.88, 37.5], 10);
    const [w2, s2, e2, n2] = tileBounds(t.z, t.x, t.y);
    expect(126.88).toBeGreaterThanOrEqual(w2);
    expect(126.88).toBeLessThan(e2);
    expect(37.5).toBeGreaterThanOrEqual(s2);
    expect(37.5).toBeLessThan(n2);
  });
});
