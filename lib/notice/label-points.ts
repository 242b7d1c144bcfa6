import type { Feature, LineString, Point, Position } from 'geojson';

/**
 * Where each visit's number goes on the notice map: a stay's point, or the middle vertex of a movement.
 * Numbers follow the given order (the notice text's order), starting at 1.
 *
 * @example
 * labelPoints([{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [126.9, 37.5] } }])
 * // → [{ number: 1, lngLat: [126.9, 37.5] }]
 */
export function labelPoints(visits: readonly Feature<Point | LineString>[]): { number: number; lngLat: [number, number] }[] {
  return visits.map((visit, i) => {
    const position: Position =
      visit.geometry.type === 'Point' ? visit.geometry.coordinates : visit.geometry.coordinates[Math.floor(visit.geometry.coordinates.length / 2)];
    return { number: i + 1, lngLat: [position[0], position[1]] };
  });
}
