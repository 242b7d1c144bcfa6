import type { MultiPolygon } from 'geojson';

const rounded = (geometry: MultiPolygon) => JSON.stringify(geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(([lng, lat]) => [Math.round(lng * 1e7), Math.round(lat * 1e7)]))));

/**
 * Whether two zone boundaries are the same to 1e-7° (about a centimetre): what the database keeps, so a
 * boundary read back equals the one saved.
 *
 * @example
 * isSameBoundary(zone.geometry, conflict.current.geometry) // → false when the other editor reshaped it
 */
export function isSameBoundary(a: MultiPolygon, b: MultiPolygon): boolean {
  return rounded(a) === rounded(b);
}
