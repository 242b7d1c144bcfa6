import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { CaseTrack, LngLat, TrajectoryPart } from './types';

/** The properties of the case-track interchange format that the engine needs. */
export type CaseVisitFeatureProperties = {
  caseCode: string;
  place?: string | null;
  start: string;
  end: string;
  coordTimes?: string[];
};

function featureToPart(feature: Feature<Point | LineString, CaseVisitFeatureProperties>): TrajectoryPart {
  const place = feature.properties.place ?? undefined;
  if (feature.geometry.type === 'Point') {
    return {
      kind: 'stay',
      lngLat: [...feature.geometry.coordinates] as LngLat,
      start: Date.parse(feature.properties.start),
      end: Date.parse(feature.properties.end),
      ...(place ? { place } : {}),
    };
  }
  return {
    kind: 'movement',
    lngLats: feature.geometry.coordinates.map((c) => [c[0], c[1]] as LngLat),
    times: (feature.properties.coordTimes ?? []).map((t) => Date.parse(t)),
    ...(place ? { place } : {}),
  };
}

/**
 * Groups published case visits (the interchange format served by /api/cases) into one track per case,
 * visits in the order given. The browser's private check and the server both build their index from this.
 * Does not mutate its input.
 *
 * @example
 * caseTracksFromFeatures(await (await fetch('/api/cases')).json())
 * // → [{ caseCode: 'C-001', parts: [{ kind: 'stay', lngLat: [126.88, 37.49], start: …, end: … }] }]
 */
export function caseTracksFromFeatures(collection: FeatureCollection<Point | LineString, CaseVisitFeatureProperties>): CaseTrack[] {
  const byCase = new Map<string, TrajectoryPart[]>();
  for (const feature of collection.features) {
    const parts = byCase.get(feature.properties.caseCode) ?? [];
    parts.push(featureToPart(feature));
    byCase.set(feature.properties.caseCode, parts);
  }
  return [...byCase].map(([caseCode, parts]) => ({ caseCode, parts }));
}
