import type { LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiPolygon, Point } from 'geojson';
import { pointOnFeature } from '@turf/turf';
import { theme } from '../theme';

/**
 * A point inside each sealed or controlled zone, so zones of a compound's size (~100 m) still show at
 * district zoom, where their polygons are a few pixels wide. Does not mutate its input.
 *
 * @example
 * zoneMarkers(zones).features[0].properties // → { kind: 'sealed', name: 'Block 3' }
 */
export function zoneMarkers(zones: FeatureCollection<MultiPolygon, { kind: string; name: string }>): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: zones.features
      .filter((zone) => zone.properties.kind === 'sealed' || zone.properties.kind === 'controlled')
      .map(
        (zone): Feature<Point> => ({
          type: 'Feature',
          id: zone.id,
          geometry: pointOnFeature(zone).geometry,
          properties: { kind: zone.properties.kind, name: zone.properties.name },
        }),
      ),
  };
}

/** Until this zoom the markers show; past it the polygons are large enough on their own. */
export const ZONE_MARKER_MAX_ZOOM = 13.5;

/**
 * One circle layer per kind (sealed above controlled), hidden at street zoom.
 *
 * @example
 * zoneMarkerLayers('zone-markers').map((l) => l.id) // → ['zone-markers-controlled', 'zone-markers-sealed']
 */
export function zoneMarkerLayers(sourceId: string): LayerSpecification[] {
  return (['controlled', 'sealed'] as const).map((kind) => ({
    id: `${sourceId}-${kind}`,
    type: 'circle',
    source: sourceId,
    maxzoom: ZONE_MARKER_MAX_ZOOM,
    filter: ['==', ['get', 'kind'], kind],
    paint: {
      'circle-color': theme.zone[kind].fill,
      'circle-radius': kind === 'sealed' ? 7 : 5,
      'circle-stroke-color': theme.zone[kind].outline,
      'circle-stroke-width': 2,
    },
  }));
}
