import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import type { LngLatBox } from '../check/coverage';
import type { FocusCase } from '../check/focus-case';
import { overlapStretch } from '../check/overlap-stretch';
import { partsToGeoJson } from '../check/parts-to-geojson';
import { trajectoryBbox } from '../check/trajectory-bbox';
import type { CheckResultState } from './types';

export type CheckMapData = {
  caseTracks: FeatureCollection;
  overlaps: FeatureCollection;
  /** The published data's area as a dashed outline, after a check. */
  coverageArea: FeatureCollection;
  /** Where to frame the map: the case the resident came for before a check, the trajectory after. */
  bounds: LngLatBox | null;
};

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** A box as a closed ring (the coverage outline). */
function boxPolygon([w, s, e, n]: LngLatBox): Feature<Polygon> {
  return { type: 'Feature', id: 0, properties: {}, geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } };
}

/**
 * What the check map draws: before a check, the focus case framed; after it, the overlapped cases' tracks (and
 * the focus case's), each overlap as the stretch of the resident's path it covers (feature id = its index in
 * the result), the data's area, and the trajectory's bounds. Does not mutate its inputs.
 *
 * @example
 * checkMapData(result, undefined).overlaps.features[0].properties // → { caseCode: 'C-009', from: '…', to: '…' }
 */
export function checkMapData(result: CheckResultState | null, focus: Extract<FocusCase, { kind: 'found' }> | undefined): CheckMapData {
  if (!result) {
    return focus
      ? { caseTracks: focus.track, overlaps: EMPTY, coverageArea: EMPTY, bounds: bbox(focus.track) as LngLatBox }
      : { caseTracks: EMPTY, overlaps: EMPTY, coverageArea: EMPTY, bounds: null };
  }
  const { answer, given } = result;
  const codes = new Set(answer.overlaps.map((o) => o.caseCode));
  if (focus) codes.delete(focus.caseCode);
  const caseFeatures = result.caseTracks
    .filter((track) => codes.has(track.caseCode))
    .flatMap((track) => partsToGeoJson(track.parts).features.map((f) => ({ ...f, id: undefined, properties: { ...f.properties, caseCode: track.caseCode } })));
  const overlapFeatures = answer.overlaps.map((o, id): Feature<Point | LineString> => {
    const stretch = overlapStretch(given.parts, Date.parse(o.from), Date.parse(o.to));
    const geometry: Point | LineString = stretch.length >= 2 ? { type: 'LineString', coordinates: stretch } : { type: 'Point', coordinates: stretch[0] ?? o.closest };
    return { type: 'Feature', id, geometry, properties: { caseCode: o.caseCode, from: o.from, to: o.to } };
  });
  const hasTrack = given.parts.length > 0;
  return {
    caseTracks: { type: 'FeatureCollection', features: [...caseFeatures, ...(focus?.track.features ?? [])] },
    overlaps: { type: 'FeatureCollection', features: overlapFeatures },
    coverageArea: answer.coverage.area ? { type: 'FeatureCollection', features: [boxPolygon(answer.coverage.area)] } : EMPTY,
    bounds: hasTrack ? trajectoryBbox(given.parts) : null,
  };
}
