import type { LineString, Point } from 'geojson';
import type { LngLat, TrajectoryPart } from '@/lib/trajectory/types';

/**
 * A case visit as the audit log keeps it: the place and times in full, a stay's point, and a movement as
 * its vertex count and ends (a phone log can hold thousands of vertices; the log stays readable).
 */
export type AuditVisit = { place: string | null; from: string; to: string; at?: LngLat; line?: { vertices: number; start: LngLat; end: LngLat } };

/** The audit log keeps at most this many visits of a case, and says how many there were. */
export const AUDIT_VISIT_LIMIT = 500;

type StoredVisit = { place: string | null; start: Date | string | number; end: Date | string | number; geometry: Point | LineString };

const iso = (t: Date | string | number) => new Date(t).toISOString();
const lngLatOf = (position: number[]): LngLat => [position[0], position[1]];

/**
 * One visit, stored or being saved, as the audit keeps it.
 *
 * @example
 * auditVisit({ place: 'Market', start: 0, end: 3_600_000, geometry: { type: 'Point', coordinates: [121.4, 31.2] } })
 * // → { place: 'Market', from: '1970-01-01T00:00:00.000Z', to: '1970-01-01T01:00:00.000Z', at: [121.4, 31.2] }
 */
export function auditVisit(visit: StoredVisit): AuditVisit {
  const base = { place: visit.place, from: iso(visit.start), to: iso(visit.end) };
  if (visit.geometry.type === 'Point') return { ...base, at: lngLatOf(visit.geometry.coordinates) };
  const line = visit.geometry.coordinates;
  return { ...base, line: { vertices: line.length, start: lngLatOf(line[0]), end: lngLatOf(line[line.length - 1]) } };
}

/** A case's parts as the audit keeps them: at most AUDIT_VISIT_LIMIT visits, and their number. */
export function auditTrack(parts: readonly TrajectoryPart[]): { visitCount: number; visits: AuditVisit[] } {
  const visits = parts.slice(0, AUDIT_VISIT_LIMIT).map((part) =>
    auditVisit(
      part.kind === 'stay'
        ? { place: part.place ?? null, start: part.start, end: part.end, geometry: { type: 'Point', coordinates: part.lngLat } }
        : { place: part.place ?? null, start: part.times[0], end: part.times[part.times.length - 1], geometry: { type: 'LineString', coordinates: part.lngLats } },
    ),
  );
  return { visitCount: parts.length, visits };
}
