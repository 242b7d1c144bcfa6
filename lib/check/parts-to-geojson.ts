import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { TrajectoryPart } from '../trajectory/types';

export type TrajectoryFeatureProperties = { start: string; end: string; coordTimes?: string[]; place?: string };

const iso = (time: number) => new Date(time).toISOString();

/**
 * A trajectory as GeoJSON the parsers read back (stays as Points with start/end, movements as LineStrings
 * with coordTimes): for the map's resident-track source, the server check and a report. Feature ids are
 * part indices. Does not mutate its input.
 *
 * @example
 * partsToGeoJson([{ kind: 'stay', lngLat: [126.9, 37.5], start: 0, end: 60_000 }]).features[0].properties
 * // → { start: '1970-01-01T00:00:00.000Z', end: '1970-01-01T00:01:00.000Z' }
 */
export function partsToGeoJson(parts: readonly TrajectoryPart[]): FeatureCollection<Point | LineString, TrajectoryFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: parts.map((part, id): Feature<Point | LineString, TrajectoryFeatureProperties> => {
      const place = part.place ? { place: part.place } : {};
      if (part.kind === 'stay') {
        return { type: 'Feature', id, geometry: { type: 'Point', coordinates: [...part.lngLat] }, properties: { start: iso(part.start), end: iso(part.end), ...place } };
      }
      return {
        type: 'Feature',
        id,
        geometry: { type: 'LineString', coordinates: part.lngLats.map((lngLat) => [...lngLat]) },
        properties: { start: iso(part.times[0]), end: iso(part.times[part.times.length - 1]), coordTimes: part.times.map(iso), ...place },
      };
    }),
  };
}
