import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { communityLayers } from './communities';
import { communityStatusLayers } from './community-status';

describe('community status layers', () => {
  it('are named <source>-<role>, on that source, and valid MapLibre layers over the community layers', () => {
    const layers = communityStatusLayers('communities');
    expect(layers.map((l) => l.id)).toEqual(['communities-no-epidemic-fill', 'communities-no-epidemic-outline', 'communities-selected']);
    for (const layer of layers) expect('source' in layer && layer.source).toBe('communities');
    const style = { version: 8, sources: { communities: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }, layers: [...communityLayers('communities'), ...layers] };
    expect(validateStyleMin(style as never)).toEqual([]);
  });

  it('show green only where the feature state says no-epidemic, and the outline only for the selected community', () => {
    const [fill, outline, selected] = communityStatusLayers('communities');
    const paint = (layer: (typeof fill), key: string) => (layer as { paint: Record<string, unknown> }).paint[key];
    expect(paint(fill, 'fill-opacity')).toEqual(['case', ['boolean', ['feature-state', 'noEpidemic'], false], 0.16, 0]);
    expect(paint(outline, 'line-opacity')).toEqual(['case', ['boolean', ['feature-state', 'noEpidemic'], false], 1, 0]);
    expect(paint(selected, 'line-opacity')).toEqual(['case', ['boolean', ['feature-state', 'selected'], false], 1, 0]);
  });
});
