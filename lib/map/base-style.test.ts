import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { offlineBaseStyle, readBasemapSetting } from './base-style';
import { pmtilesStyle } from './pmtiles-style';

describe('basemap styles', () => {
  it('makes no external request by default: every source is a local path', () => {
    const style = offlineBaseStyle();
    expect(validateStyleMin(style)).toEqual([]);
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
    expect(style.glyphs).toBeUndefined();
  });

  it('reads the NEXT_PUBLIC_MAP_STYLE setting', () => {
    expect(readBasemapSetting(undefined)).toEqual({ kind: 'offline' });
    expect(readBasemapSetting('  ')).toEqual({ kind: 'offline' });
    expect(readBasemapSetting('pmtiles:///tiles/seoul.pmtiles')).toEqual({ kind: 'pmtiles', url: '/tiles/seoul.pmtiles' });
    expect(readBasemapSetting('https://tiles.example.gov/style.json')).toEqual({ kind: 'style-url', url: 'https://tiles.example.gov/style.json' });
  });

  it('styles a raster archive as one raster layer', () => {
    const style = pmtilesStyle('pmtiles:///t.pmtiles', { tileType: 2, minZoom: 0, maxZoom: 14, vectorLayerIds: [] });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.layers.map((l) => l.type)).toEqual(['background', 'raster']);
  });

  it('styles a Protomaps archive with its own layers and no labels (no glyph server offline)', () => {
    const style = pmtilesStyle('pmtiles:///t.pmtiles', { tileType: 1, minZoom: 0, maxZoom: 15, vectorLayerIds: ['earth', 'water', 'roads', 'buildings', 'places', 'pois'] });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.layers.length).toBeGreaterThan(10);
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
  });

  it('styles any other vector archive with a fill and a line per source layer', () => {
    const style = pmtilesStyle('pmtiles:///t.pmtiles', { tileType: 1, minZoom: 0, maxZoom: 15, vectorLayerIds: ['roads', 'parcels'] });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.layers.map((l) => l.id)).toEqual(['background', 'basemap-roads-fill', 'basemap-roads-line', 'basemap-parcels-fill', 'basemap-parcels-line']);
  });
});
