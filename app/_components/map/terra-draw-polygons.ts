import { bbox } from '@turf/turf';
import type { Geometry, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { TerraDraw } from 'terra-draw';

/**
 * Replaces what is on the drawing layer with these polygons, in the select mode so their corners can be
 * dragged. Returns each polygon's terra-draw id (undefined when refused) and the first refusal's reason.
 */
export function placePolygons(draw: TerraDraw, parts: readonly { geometry: Polygon; properties?: Record<string, string> }[]): { ids: (string | undefined)[]; refused?: string } {
  draw.clear();
  draw.setMode('select');
  const results = draw.addFeatures(parts.map((p) => ({ type: 'Feature', geometry: p.geometry, properties: { mode: 'polygon', ...p.properties } })));
  const refused = results.find((r) => !r.valid);
  return { ids: results.map((r) => (r.valid && r.id !== undefined ? String(r.id) : undefined)), ...(refused ? { refused: refused.reason ?? '' } : {}) };
}

/** Selects the first of the placed polygons, so its corners show as handles (the polygon itself does not move). */
export function selectFirst(draw: TerraDraw, ids: readonly (string | undefined)[]): void {
  const first = ids.find((id) => id !== undefined);
  if (first !== undefined) draw.selectFeature(first);
}

/** Flies the map to a geometry. */
export function flyToGeometry(map: MapLibreMap | null, geometry: Geometry): void {
  const [west, south, east, north] = bbox(geometry);
  map?.fitBounds([[west, south], [east, north]], { padding: 60, maxZoom: 18, duration: 600 });
}

/** The next click on the map picks a point (a crosshair until then). */
export function pickPointOnce(map: MapLibreMap, onPick: (lngLat: [number, number]) => void): void {
  map.getCanvas().style.cursor = 'crosshair';
  map.once('click', (event) => {
    map.getCanvas().style.cursor = '';
    onPick([event.lngLat.lng, event.lngLat.lat]);
  });
}

/** Clears the drawing layer and stops drawing. */
export function clearDrawing(draw: TerraDraw | null): void {
  if (!draw) return;
  draw.clear();
  draw.setMode('static');
}
