import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { communityLayers } from './communities';
import { communityStatusLayers, withNoEpidemicStatus } from './community-status';

const square: MultiPolygon = { type: 'MultiPolygon', coordinates: [[[[126, 37], [126.01, 37], [126.01, 37.01], [126, 37]]]] };
const communities: FeatureCollection<MultiPolygon, { name: string }> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 1, geometry: square, properties: { name: 'A' } },
    { type: 'Feature', id: 2, geometry: square, properties: { name: 'B' } },
    { type: 'Feature', id: 3, geometry: square, properties: { name: 'C' } },
  ],
};

describe('community status layers', () => {
  it('are named <source>-<role>, on that source, and valid MapLibre layers over the community layers', () => {
    const layers = communityStatusLayers('communities');
    expect(layers.map((l) => l.id)).toEqual(['communities-no-epidemic-fill', 'communities-no-epidemic-outline', 'communities-selected']);
    for (const layer of layers) expect('source' in layer && layer.source).toBe('communities');
    const style = { version: 8, sources: { communities: { type: 'geojson', data: communities } }, layers: [...communityLayers('communities'), ...layers] };
    expect(validateStyleMin(style as never)).toEqual([]);
  });

  it('draw green only for communities marked no-epidemic', () => {
    const [fill, outline] = communityStatusLayers('communities');
    for (const layer of [fill, outline]) expect('filter' in layer && layer.filter).toEqual(['==', ['get', 'isNoEpidemic'], true]);
  });

  it('mark each community by id, unknown ones as not no-epidemic, without touching the input', () => {
    const before = structuredClone(communities);
    const marked = withNoEpidemicStatus(communities, new Map([[1, true], [2, false]]));
    expect(marked.features.map((f) => [f.id, f.properties.name, f.properties.isNoEpidemic])).toEqual([
      [1, 'A', true],
      [2, 'B', false],
      [3, 'C', false],
    ]);
    expect(communities).toEqual(before);
  });
});
