import type { LayerSpecification } from 'maplibre-gl';

/** Source layers that hold building footprints: OpenMapTiles calls it `building`, Protomaps `buildings`. */
const BUILDING_SOURCE_LAYERS = new Set(['building', 'buildings']);

/**
 * The basemap's layers that draw building footprints (fill or fill-extrusion layers of a `building` or
 * `buildings` source layer): where a click can pick a building's outline. Empty when the style has none,
 * as the built-in offline basemap does.
 *
 * @example
 * buildingLayers(map.getStyle().layers) // → [{ id: 'building', source: 'openmaptiles', sourceLayer: 'building' }]
 */
export function buildingLayers(layers: readonly LayerSpecification[]): { id: string; source: string; sourceLayer: string }[] {
  return layers.flatMap((layer) => {
    if (layer.type !== 'fill' && layer.type !== 'fill-extrusion') return [];
    const sourceLayer = layer['source-layer'];
    if (!sourceLayer || !BUILDING_SOURCE_LAYERS.has(sourceLayer)) return [];
    return [{ id: layer.id, source: String(layer.source), sourceLayer }];
  });
}
