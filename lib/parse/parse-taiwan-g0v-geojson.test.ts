import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTaiwanG0vGeoJson } from './parse-taiwan-g0v-geojson';
import { arbitraryInput, bbox, expectTotal, expectValidParts, NOW, parseError, readFixture, timeRange } from './test-support';
import { warningTexts } from './warning-text';

const options = { now: NOW };
const text = readFixture('taiwan-g0v-geojson/taiwan_g0v_footprints_2021-06-02_slice.geojson');

describe('parseTaiwanG0vGeoJson on a 201-feature slice of the g0v footprints', () => {
  const result = parseTaiwanG0vGeoJson(text, options);
  const parts = result.tracks.flatMap((track) => track.parts);

  it('groups the 199 readable features into 27 cases TW-<案號>', () => {
    expectValidParts(parts);
    expect(result.pointCount).toBe(199);
    expect(result.tracks).toHaveLength(27);
    expect(result.tracks.every((track) => track.classification === 'confirmed')).toBe(true);
    expect(result.tracks[0].caseCode).toBe('TW-2960');
    expect(result.tracks[0].parts[0]).toEqual({
      kind: 'stay',
      lngLat: [120.713847853281, 24.0675531203188],
      start: Date.UTC(2021, 4, 14, 4, 30),
      end: Date.UTC(2021, 4, 14, 5, 30),
      place: '朝陽第一宿舍學生餐廳(戴口罩、外帶)',
    });
    expect(result.tracks.find((track) => track.caseCode === 'TW-5/29下午公布足跡')?.parts).toHaveLength(25);
    expect(timeRange(parts)).toEqual(['2021-05-07T16:00:00.000Z', '2021-05-29T06:00:00.000Z']);
    const [west, south, east, north] = bbox(parts);
    expect(west).toBeGreaterThanOrEqual(119.5016);
    expect(south).toBeGreaterThanOrEqual(21.9634);
    expect(east).toBeLessThanOrEqual(121.8368);
    expect(north).toBeLessThanOrEqual(26.2342);
  });

  it('skips the two broken source geometries (2470, 3608 = fixture 40, 200) with a warning naming each', () => {
    expect(warningTexts(result.warnings, 'en')).toContain(
      'Taiwan g0v GeoJSON feature 41: longitude "1900-04-29T08:42:49.827Z" is not a number; skipped',
    );
    expect(warningTexts(result.warnings, 'en')).toContain('Taiwan g0v GeoJSON feature 201: latitude "22.605940318708598, " is not a number; skipped');
  });

  it('stores the 10 announced areas at their centroids and names the 4 features without a case number', () => {
    const areas = warningTexts(result.warnings, 'en').filter((warning) => warning.endsWith('is an area; it was stored as a stay at its centroid'));
    expect(areas).toHaveLength(10);
    expect(areas[0]).toBe('Taiwan g0v GeoJSON feature 99: is an area; it was stored as a stay at its centroid');
    expect(warningTexts(result.warnings, 'en').filter((warning) => warning.includes('案號 is empty'))).toEqual(
      [153, 154, 155, 156].map((i) => `Taiwan g0v GeoJSON feature ${i + 1}: 案號 is empty; stored as case TW-feature-${i}`),
    );
    expect(warningTexts(result.warnings, 'en')).toHaveLength(16);
  });

  it('fails on a file that is not a FeatureCollection, and when nothing can be read', () => {
    expect(parseError(() => parseTaiwanG0vGeoJson('{"type":"Topology"}', options)).message).toBe(
      'Taiwan g0v GeoJSON: expected a GeoJSON FeatureCollection or Feature, found type "Topology"',
    );
    const broken = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { begin: 'x' }, geometry: null }],
    });
    const error = parseError(() => parseTaiwanG0vGeoJson(broken, options));
    expect(error.message).toBe('Taiwan g0v GeoJSON: no case track could be read from the file');
  });

  it('returns valid tracks or throws TrajectoryParseError for any input', () => {
    const base = JSON.stringify({
      type: 'FeatureCollection',
      features: (JSON.parse(text) as { features: unknown[] }).features.slice(95, 100),
    });
    fc.assert(
      fc.property(arbitraryInput(base), (input) => expectTotal(() => parseTaiwanG0vGeoJson(input, options))),
      { numRuns: 300 },
    );
  });
});
