import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { buildingLayers } from './building-layers';

describe('buildingLayers', () => {
  it('finds fill and extrusion layers of a building source layer (OpenMapTiles and Protomaps names), nothing else', () => {
    const layers: LayerSpecification[] = [
      { id: 'background', type: 'background' },
      { id: 'building', type: 'fill', source: 'openmaptiles', 'source-layer': 'building' },
      { id: 'building-3d', type: 'fill-extrusion', source: 'openmaptiles', 'source-layer': 'building' },
      { id: 'buildings', type: 'fill', source: 'protomaps', 'source-layer': 'buildings' },
      { id: 'building-outline', type: 'line', source: 'openmaptiles', 'source-layer': 'building' },
      { id: 'landuse', type: 'fill', source: 'openmaptiles', 'source-layer': 'landuse' },
    ];
    expect(buildingLayers(layers)).toEqual([
      { id: 'building', source: 'openmaptiles', sourceLayer: 'building' },
      { id: 'building-3d', source: 'openmaptiles', sourceLayer: 'building' },
      { id: 'buildings', source: 'protomaps', sourceLayer: 'buildings' },
    ]);
    expect(buildingLayers([{ id: 'land', type: 'fill', source: 'basemap' }])).toEqual([]);
  });
});
