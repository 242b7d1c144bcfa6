import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGeoJson } from './parse-geojson';
import { arbitraryInput, bbox, expectTotal, expectValidParts, NOW, parseError, readFixture, timeRange } from './test-support';
import { warningTexts } from './warning-text';

const options = { now: NOW, timeZone: 'Asia/Taipei' };
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const feature = (geometry: object | null, properties: object) => ({ type: 'Feature', properties, geometry });
const point = (lng: unknown, lat: unknown) => ({ type: 'Point', coordinates: [lng, lat] });

describe('parseGeoJson on real data', () => {
  it('reads togeojson output of the korita GPX (coordinateProperties.times) like the GPX itself', () => {
    const result = parseGeoJson(readFixture('geojson/korita-zbevnica.togeojson.geojson'), options);
    expectValidParts(result.parts);
    expect(result.pointCount).toBe(513);
    expect(result.parts.map((part) => (part.kind === 'movement' ? part.lngLats.length : 1))).toEqual([176, 56, 281]);
    expect(timeRange(result.parts)).toEqual(['2010-10-03T09:36:30.000Z', '2010-10-03T13:19:31.000Z']);
    expect(bbox(result.parts)).toEqual([14.003989119, 45.451028869, 14.032678027, 45.463080872]);
    expect(warningTexts(result.warnings, 'en')).toEqual(['GeoJSON: 3 of 5 features had no time and were skipped (features 1, 4, 5)']);
  });

  it('reads the case-track interchange format as a resident trajectory (case codes ignored)', () => {
    const result = parseGeoJson(readFixture('geojson/case-interchange.geojson'), options);
    expectValidParts(result.parts);
    // The 48-minute leg with two vertices is longer than maxGapMinutes: a resident's line is split there (two
    // zero-length stays), where the case import keeps published lines whole.
    expect(result.parts.map((part) => part.kind)).toEqual(['movement', 'stay', 'stay', 'stay', 'stay']);
    expect(result.parts[0]).toEqual({
      kind: 'movement',
      lngLats: [
        [121.5412679, 24.9828714],
        [121.5233722, 25.0255373],
        [121.5179648, 25.0477005],
      ],
      times: [Date.UTC(2020, 1, 16, 10), Date.UTC(2020, 1, 16, 10, 20), Date.UTC(2020, 1, 16, 10, 36)],
      place: '大坪林捷運站 → 台北車站',
    });
    expect(result.pointCount).toBe(3 + 1 + 2 + 1);
  });
});

describe('parseGeoJson', () => {
  it('joins Points with a time into one run and keeps Points with start/end as stays', () => {
    const text = collection(
      feature(point(116.3, 39.9), { time: '2020-02-16T10:00:00Z' }),
      feature(point(116.31, 39.9), { timestamp: '2020-02-16T10:05:00Z' }),
      feature(point(116.4, 39.95), { name: 'Office', start: '2020-02-16 19:00', end: '2020-02-16 20:00' }),
    );
    const result = parseGeoJson(text, { now: NOW, timeZone: 'Asia/Shanghai' });
    expect(result.parts).toEqual([
      {
        kind: 'movement',
        lngLats: [
          [116.3, 39.9],
          [116.31, 39.9],
        ],
        times: [Date.UTC(2020, 1, 16, 10), Date.UTC(2020, 1, 16, 10, 5)],
      },
      { kind: 'stay', lngLat: [116.4, 39.95], start: Date.UTC(2020, 1, 16, 11), end: Date.UTC(2020, 1, 16, 12), place: 'Office' },
    ]);
    expect(result.assumedTimeZone).toBe('Asia/Shanghai');
  });

  it('reads MultiLineStrings with nested coordTimes, and a lone Feature', () => {
    const text = JSON.stringify(
      feature(
        {
          type: 'MultiLineString',
          coordinates: [
            [
              [1, 1],
              [1.001, 1],
            ],
            [
              [2, 2],
              [2.001, 2],
            ],
          ],
        },
        {
          coordTimes: [
            ['2020-01-01T00:00:00Z', '2020-01-01T00:01:00Z'],
            ['2020-01-01T03:00:00Z', '2020-01-01T03:01:00Z'],
          ],
        },
      ),
    );
    expect(parseGeoJson(text, options).parts).toHaveLength(2);
  });

  it('interpolates a LineString with only start/end, with a warning', () => {
    const text = collection(
      feature(
        {
          type: 'LineString',
          coordinates: [
            [121.5, 25.0],
            [121.5, 25.1],
            [121.5, 25.3],
          ],
        },
        { start: '2020-02-16T10:00:00Z', end: '2020-02-16T10:30:00Z' },
      ),
    );
    const result = parseGeoJson(text, options);
    expect(result.parts).toEqual([
      {
        kind: 'movement',
        lngLats: [
          [121.5, 25.0],
          [121.5, 25.1],
          [121.5, 25.3],
        ],
        times: [Date.UTC(2020, 1, 16, 10), Date.UTC(2020, 1, 16, 10, 10), Date.UTC(2020, 1, 16, 10, 30)],
      },
    ]);
    expect(warningTexts(result.warnings, 'en')).toEqual([
      'GeoJSON: lines with only a start and end time (1): the times along them were interpolated by distance',
    ]);
  });

  it.each([
    ['{"type": "FeatureCollection",\n "features": [],\n}', /^GeoJSON line 3: the file is not valid JSON \(/],
    ['{"type": tru}', /^GeoJSON: the file is not valid JSON \(/],
    ['[1, 2]', /^GeoJSON: expected a GeoJSON FeatureCollection or Feature object$/],
    [
      '{"type": "Polygon", "coordinates": []}',
      /^GeoJSON: expected a GeoJSON FeatureCollection or Feature, found type "Polygon"$/,
    ],
    [collection(), /^GeoJSON: the file has no features$/],
    [
      collection(
        feature(point(1, 1), { time: '2020-01-01T00:00:00Z' }),
        feature(point('1900-04-29T08:42:49.827Z', 24.05), { time: '2020-01-01T00:00:00Z' }),
      ),
      /^GeoJSON feature 2: longitude "1900-04-29T08:42:49.827Z" is not a number$/,
    ],
    [
      collection(feature(point(1, '22.6, '), { time: '2020-01-01T00:00:00Z' })),
      /^GeoJSON feature 1: latitude "22.6, " is not a number$/,
    ],
    [
      collection(feature(point(1, 95), { time: '2020-01-01T00:00:00Z' })),
      /^GeoJSON feature 1: latitude 95 is outside \[-90, 90\]$/,
    ],
    [
      collection(feature({ type: 'Point', coordinates: [1] }, { time: '2020-01-01T00:00:00Z' })),
      /^GeoJSON feature 1: position \[1\] is not \[lng, lat\]$/,
    ],
    [
      collection(
        feature(
          {
            type: 'LineString',
            coordinates: [
              [1, 1],
              [2, 2],
            ],
          },
          { coordTimes: ['2020-01-01T00:00:00Z'] },
        ),
      ),
      /^GeoJSON feature 1: coordTimes has 1 times for 2 positions$/,
    ],
    [collection(feature(point(1, 1), { start: '2020-01-01T00:00:00Z' })), /^GeoJSON feature 1: has a start but no end$/],
    [
      collection(feature(point(1, 1), { start: '2020-01-01T01:00:00Z', end: '2020-01-01T00:00:00Z' })),
      /^GeoJSON feature 1: ends \(01\/01\/2020, 08:00 GMT\+8\) before it starts \(01\/01\/2020, 09:00 GMT\+8\)$/,
    ],
    [collection(feature(point(1, 1), { time: 'soon' })), /^GeoJSON feature 1: time "soon" is not a date-time$/],
    [
      collection(feature({ type: 'GeometryCollection', geometries: [] }, { time: '2020-01-01T00:00:00Z' })),
      /^GeoJSON feature 1: has an unsupported geometry type "GeometryCollection"$/,
    ],
    [collection(feature(point(1, 1), {})), /^GeoJSON: none of the 1 features has a time \(start\/end, time, or coordTimes\)$/],
    [collection({ type: 'Feature' }), /^GeoJSON: none of the 1 features has a time/],
    [collection(42), /^GeoJSON feature 1: is not a GeoJSON Feature$/],
  ])('rejects bad input with a message naming the feature (%#)', (text, message) => {
    expect(parseError(() => parseGeoJson(text, options)).message).toMatch(message);
  });

  it('names the feature in the error record', () => {
    const text = collection(feature(point(1, 1), { time: '2020-01-01T00:00:00Z' }), feature(point(1, 1), { time: 'x' }));
    expect(parseError(() => parseGeoJson(text, options)).record).toBe('feature 2');
  });

  it('does not mutate parsed input objects it is given as text, nor its options', () => {
    const given = { ...options };
    const text = readFixture('geojson/case-interchange.geojson');
    const before = structuredClone(given);
    const first = parseGeoJson(text, given);
    expect(given).toEqual(before);
    expect(parseGeoJson(text, given)).toEqual(first);
  });

  it('returns a valid trajectory or throws TrajectoryParseError for any input', () => {
    const base = collection(
      feature(
        {
          type: 'LineString',
          coordinates: [
            [1, 1],
            [1.1, 1],
          ],
        },
        { coordTimes: ['2020-01-01T00:00:00Z', '2020-01-01T00:01:00Z'] },
      ),
      feature(point(1, 1), { start: '2020-01-01T00:00:00Z', end: '2020-01-01T01:00:00Z' }),
      feature(point(1.2, 1), { time: '2020-01-01T02:00:00Z' }),
    );
    fc.assert(
      fc.property(arbitraryInput(base), (text) => expectTotal(() => parseGeoJson(text, options))),
      { numRuns: 300 },
    );
  });
});
