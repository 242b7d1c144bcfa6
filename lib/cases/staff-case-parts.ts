import type { LineString, Point } from 'geojson';
import type { LngLat, TrajectoryPart } from '@/lib/trajectory/types';

/** A stored visit as the staff API hands it out: a Point stay, or a LineString movement with one ISO time per vertex. */
export type StoredVisit = { place: string | null; startsAt: string; endsAt: string; geometry: Point | LineString; coordTimes: string[] | null };

/**
 * Stored visits as trajectory parts (the preview, the import diff, the conflict view).
 *
 * @example
 * partsOfVisits([{ place: 'Market', startsAt: '2022-04-01T01:00:00Z', endsAt: '2022-04-01T02:00:00Z', geometry: { type: 'Point', coordinates: [121.4, 31.2] }, coordTimes: null }])
 * // → [{ kind: 'stay', lngLat: [121.4, 31.2], start: 1648774800000, end: 1648778400000, place: 'Market' }]
 */
export function partsOfVisits(visits: readonly StoredVisit[]): TrajectoryPart[] {
  return visits.map((v): TrajectoryPart => {
    const named = v.place ? { place: v.place } : {};
    if (v.geometry.type === 'Point') return { kind: 'stay', lngLat: [v.geometry.coordinates[0], v.geometry.coordinates[1]], start: Date.parse(v.startsAt), end: Date.parse(v.endsAt), ...named };
    const lngLats = v.geometry.coordinates.map((c): LngLat => [c[0], c[1]]);
    const times = v.coordTimes ?? lngLats.map((_, i) => (i === lngLats.length - 1 ? v.endsAt : v.startsAt));
    return { kind: 'movement', lngLats, times: times.map((t) => Date.parse(t)), ...named };
  });
}
