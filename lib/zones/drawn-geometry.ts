import type { Feature, MultiPolygon, Polygon } from 'geojson';

/**
 * The zone geometry of what is on the drawing layer: its polygons as one Polygon, several as a MultiPolygon,
 * none as null. Guidance points and lines (corner handles, midpoints) are ignored. Does not mutate its input.
 *
 * @example
 * drawnGeometry([{ type: 'Feature', properties: {}, geometry: square }]) // → square (a Polygon)
 */
export function drawnGeometry(features: readonly Pick<Feature, 'geometry'>[]): Polygon | MultiPolygon | null {
  const polygons = features.map((f) => f.geometry).filter((g): g is Polygon => g?.type === 'Polygon');
  if (polygons.length === 0) return null;
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0].coordinates.map((ring) => ring.map((p) => [p[0], p[1]])) };
  return { type: 'MultiPolygon', coordinates: polygons.map((p) => p.coordinates.map((ring) => ring.map((q) => [q[0], q[1]]))) };
}

/**
 * Each polygon of a zone as its own feature for the drawing layer (terra-draw edits Polygons).
 *
 * @example
 * polygonsOf({ type: 'MultiPolygon', coordinates: [a, b] }) // → [{ type: 'Polygon', coordinates: a }, { type: 'Polygon', coordinates: b }]
 */
export function polygonsOf(geometry: MultiPolygon): Polygon[] {
  return geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
}
