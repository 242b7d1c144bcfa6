import { centroid, distance } from '@turf/turf';
import type { Polygon } from 'geojson';
import type { LngLat } from '../trajectory/types';

/**
 * Times for each vertex of a line walked at constant speed from `start` to `end`: the time of a vertex is
 * proportional to the distance along the line. A line of zero length spreads the time evenly over its vertices.
 * Used where a file gives one time span for a whole line (KML TimeSpan, Taiwan `#!metadata`, Google waypoints).
 *
 * @example
 * timesAlongLine([[121.5, 25.0], [121.5, 25.1], [121.5, 25.3]], 0, 3_000) // → [0, 1000, 3000]
 */
export function timesAlongLine(lngLats: readonly LngLat[], start: number, end: number): number[] {
  const along = [0];
  for (let i = 1; i < lngLats.length; i++) along.push(along[i - 1] + distance(lngLats[i - 1], lngLats[i]));
  const total = along[along.length - 1];
  const last = lngLats.length - 1;
  return along.map((d, i) => {
    if (i === last) return end;
    const share = total > 0 ? d / total : i / last;
    return Math.round(start + (end - start) * share);
  });
}

/**
 * The centroid of a polygon's vertices, for announced areas (markets, stations) stored as a stay at one point.
 *
 * @example
 * polygonCentroid({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] }) // → [1, 1]
 */
export function polygonCentroid(polygon: Polygon): LngLat {
  const [lng, lat] = centroid(polygon).geometry.coordinates;
  return [lng, lat];
}
