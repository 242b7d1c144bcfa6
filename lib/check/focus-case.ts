import type { Feature, FeatureCollection, LineString, Point } from 'geojson';

/** A case a resident arrived with (`/check?case=C-009`, linked from its notice): shown first, highlighted in the result. */
export type FocusCase =
  | {
      kind: 'found';
      caseCode: string;
      visits: { place: string | null; start: string; end: string; isMovement: boolean }[];
      track: FeatureCollection<Point | LineString, { caseCode: string; place: string | null; start: string; end: string }>;
    }
  | { kind: 'unknown'; caseCode: string };

/** The same rule as the `cases_code_check` constraint: anything else cannot name a case. */
const CASE_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/**
 * The `case` query parameter as a case code to look up, or undefined when absent. Text that could not be a
 * code comes back shortened (for the "no such case" message) and flagged so nothing is queried with it.
 *
 * @example
 * readCaseParam('C-009') // → { code: 'C-009', isWellFormed: true }
 * readCaseParam(['C-1', 'C-2']) // → { code: 'C-1', isWellFormed: true }
 * readCaseParam('<script>') // → { code: '<script>', isWellFormed: false }
 */
export function readCaseParam(value: string | string[] | undefined): { code: string; isWellFormed: boolean } | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const code = first?.trim();
  if (!code) return undefined;
  return { code: code.slice(0, 40), isWellFormed: CASE_CODE.test(code) };
}

/**
 * A case's published track as map features carrying its code (the case-track layers and popups read it).
 *
 * @example
 * focusTrackFeatures('C-009', notice.track).features[0].properties.caseCode // → 'C-009'
 */
export function focusTrackFeatures<G extends Point | LineString, P extends { place: string | null; start: string; end: string }>(
  caseCode: string,
  track: FeatureCollection<G, P>,
): FeatureCollection<G, { caseCode: string; place: string | null; start: string; end: string }> {
  return {
    type: 'FeatureCollection',
    features: track.features.map(
      (f): Feature<G, { caseCode: string; place: string | null; start: string; end: string }> => ({
        type: 'Feature',
        id: f.id,
        geometry: f.geometry,
        properties: { caseCode, place: f.properties.place, start: f.properties.start, end: f.properties.end },
      }),
    ),
  };
}
