import { describe, expect, it } from 'vitest';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { caseTracksFromFeatures, type CaseVisitFeatureProperties } from './case-tracks-from-features';

const collection: FeatureCollection<Point | LineString, CaseVisitFeatureProperties> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: { type: 'Point', coordinates: [126.9, 37.5] }, properties: { caseCode: 'C-1', place: 'Market', start: '2020-03-07T01:00:00Z', end: '2020-03-07T02:00:00Z' } },
    {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [[126.9, 37.5, 10], [126.91, 37.5, 12]] },
      properties: { caseCode: 'C-1', place: null, start: '2020-03-07T02:00:00Z', end: '2020-03-07T02:10:00Z', coordTimes: ['2020-03-07T02:00:00Z', '2020-03-07T02:10:00Z'] },
    },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [127, 37.6] }, properties: { caseCode: 'C-2', start: '2020-03-08T01:00:00Z', end: '2020-03-08T01:00:00Z' } },
  ],
};

describe('caseTracksFromFeatures', () => {
  it('groups visits by case in order, stays and movements with epoch times', () => {
    expect(caseTracksFromFeatures(collection)).toEqual([
      {
        caseCode: 'C-1',
        parts: [
          { kind: 'stay', lngLat: [126.9, 37.5], start: Date.parse('2020-03-07T01:00:00Z'), end: Date.parse('2020-03-07T02:00:00Z'), place: 'Market' },
          { kind: 'movement', lngLats: [[126.9, 37.5], [126.91, 37.5]], times: [Date.parse('2020-03-07T02:00:00Z'), Date.parse('2020-03-07T02:10:00Z')] },
        ],
      },
      { caseCode: 'C-2', parts: [{ kind: 'stay', lngLat: [127, 37.6], start: Date.parse('2020-03-08T01:00:00Z'), end: Date.parse('2020-03-08T01:00:00Z') }] },
    ]);
  });

  it('does not mutate its input', () => {
    const before = structuredClone(collection);
    const [track] = caseTracksFromFeatures(collection);
    if (track.parts[0].kind === 'stay') track.parts[0].lngLat[0] = 0;
    expect(collection).toEqual(before);
  });
});
