import type { FeatureCollection } from 'geojson';
import type { DraftVisit } from './place-notice';

/**
 * The draft track as map features (places as points, legs as lines), in the case-track layers' terms.
 *
 * @example
 * draftFeatures([{ place: '汕头站', lngLat: [116.68, 23.39], start: 0, end: 1, isApproximate: true, text: '…' }]).features.length // → 1
 */
export function draftFeatures(visits: readonly DraftVisit[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: visits.map((visit, i) => ({
      type: 'Feature',
      id: i + 1,
      properties: { place: visit.place, isApproximate: visit.isApproximate },
      geometry: 'lngLat' in visit ? { type: 'Point', coordinates: visit.lngLat } : { type: 'LineString', coordinates: visit.lngLats },
    })),
  };
}

export type DraftCaseFields = { code: string; classification: string; reportedAt: string };

/**
 * The body of `POST /api/staff/cases` that saves the accepted draft as a new draft case (never published here:
 * publishing stays a separate, deliberate step in the case workspace).
 *
 * @example
 * draftCaseBody({ code: 'C-101', classification: 'confirmed', reportedAt: '2020-02-10T09:00:00+08:00' }, visits)
 */
export function draftCaseBody(fields: DraftCaseFields, visits: readonly DraftVisit[]) {
  const iso = (t: number) => new Date(t).toISOString();
  return {
    code: fields.code.trim(),
    classification: fields.classification,
    reportedAt: fields.reportedAt,
    isNew: true,
    visits: visits.map((visit) =>
      'lngLat' in visit
        ? { place: visit.place, lngLat: visit.lngLat, start: iso(visit.start), end: iso(visit.end) }
        : { place: visit.place, lngLats: visit.lngLats, times: visit.times.map(iso) },
    ),
  };
}
