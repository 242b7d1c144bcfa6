import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { layers as protomapsLayers, namedFlavor } from '@protomaps/basemaps';
import { theme } from './theme';

export type PmtilesArchiveInfo = {
  /** pmtiles TileType: 1 = MVT vector, 2 = PNG, 3 = JPEG, 4 = WebP, 5 = AVIF. */
  tileType: number;
  minZoom: number;
  maxZoom: number;
  /** From the archive metadata's `vector_layers`, for vector archives. */
  vectorLayerIds: string[];
  attribution?: string;
};

/** Protomaps basemap archives carry these source layers; their own style fits them best. */
const PROTOMAPS_LAYERS = ['earth', 'water', 'roads', 'buildings', 'places'];

/**
 * A MapLibre style for a self-hosted PMTiles basemap: raster archives as a raster layer; Protomaps
 * vector archives with the Protomaps light style (minus labels, which would need a glyph server);
 * any other vector archive with plain fills and lines per source layer.
 *
 * @example
 * pmtilesStyle('pmtiles:///tiles/seoul.pmtiles', { tileType: 2, minZoom: 0, maxZoom: 16, vectorLayerIds: [] })
 */
export function pmtilesStyle(sourceUrl: string, info: PmtilesArchiveInfo): StyleSpecification {
  const background: LayerSpecification = { id: 'background', type: 'background', paint: { 'background-color': theme.base.background } };
  if (info.tileType !== 1) {
    return {
      version: 8,
      sources: { basemap: { type: 'raster', url: sourceUrl, tileSize: 256, attribution: info.attribution } },
      layers: [background, { id: 'basemap-raster', type: 'raster', source: 'basemap' }],
    };
  }
  const isProtomaps = PROTOMAPS_LAYERS.every((id) => info.vectorLayerIds.includes(id));
  const vectorLayers: LayerSpecification[] = isProtomaps
    ? protomapsLayers('basemap', namedFlavor('light'), { lang: 'zh-Hans' }).filter((l) => l.type !== 'symbol')
    : info.vectorLayerIds.flatMap((id): LayerSpecification[] => [
        { id: `basemap-${id}-fill`, type: 'fill', source: 'basemap', 'source-layer': id, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': theme.base.land, 'fill-outline-color': theme.base.border } },
        { id: `basemap-${id}-line`, type: 'line', source: 'basemap', 'source-layer': id, filter: ['==', ['geometry-type'], 'LineString'], paint: { 'line-color': theme.base.border, 'line-width': 0.8 } },
      ]);
  return {
    version: 8,
    sources: { basemap: { type: 'vector', url: sourceUrl, attribution: info.attribution } },
    // Protomaps styles bring their own background layer.
    layers: isProtomaps ? vectorLayers : [background, ...vectorLayers],
  };
}
