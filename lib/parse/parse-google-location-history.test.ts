import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGoogleLocationHistory } from './parse-google-location-history';
import { arbitraryInput, expectTotal, expectValidParts, NOW, parseError, readFixture, timeRange } from './test-support';
import { warningTexts } from './warning-text';

const options = { now: NOW, timeZone: 'Asia/Shanghai' };
const summary = (text: string) =>
  parseGoogleLocationHistory(text, options).parts.map((part) =>
    part.kind === 'stay'
      ? ['stay', new Date(part.start).toISOString(), new Date(part.end).toISOString(), part.place]
      : ['movement', part.lngLats.length, new Date(part.times[0]).toISOString(), new Date(part.times.at(-1) ?? 0).toISOString()],
  );

describe('parseGoogleLocationHistory (hand-made fixtures, see fixtures/README.md)', () => {
  it('reads Records.json fixes, with timestamp or timestampMs, split at the 2 h 16 min gap', () => {
    const result = parseGoogleLocationHistory(readFixture('google-location-history/Records.json'), options);
    expectValidParts(result.parts);
    expect(result.parts[0]).toMatchObject({
      kind: 'movement',
      lngLats: [
        [116.397454, 39.908772],
        [116.3977832, 39.9091015],
        [116.398115, 39.9102377],
        [116.3983913, 39.9120486],
        [116.3989611, 39.914129],
      ],
    });
    expect(summary(readFixture('google-location-history/Records.json'))).toEqual([
      ['movement', 5, '2020-02-16T01:02:11.503Z', '2020-02-16T01:14:00.000Z'],
      ['stay', '2020-02-16T03:30:00.000Z', '2020-02-16T03:30:00.000Z', undefined],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('reads the Android Timeline.json: timelinePath and activity fixes in one run, visits as stays', () => {
    const result = parseGoogleLocationHistory(readFixture('google-location-history/Timeline.json'), options);
    expect(result.pointCount).toBe(6);
    expect(summary(readFixture('google-location-history/Timeline.json'))).toEqual([
      ['movement', 5, '2024-03-05T00:10:00.000Z', '2024-03-05T00:25:00.000Z'],
      ['stay', '2024-03-05T00:25:00.000Z', '2024-03-05T01:40:00.000Z', undefined],
    ]);
    expect(result.parts[1]).toMatchObject({ lngLat: [116.3990544, 39.9150021] });
    expect(result.warnings).toEqual([]);
  });

  it('reads the iOS export: geo: points and minute offsets from the segment start', () => {
    expect(summary(readFixture('google-location-history/location-history-ios.json'))).toEqual([
      ['stay', '2024-03-05T00:25:00.000Z', '2024-03-05T01:40:00.000Z', undefined],
      ['movement', 4, '2024-03-05T01:40:00.000Z', '2024-03-05T02:14:00.000Z'],
    ]);
  });

  it('reads Semantic Location History: named place visits, raw paths, and waypoint paths interpolated', () => {
    const result = parseGoogleLocationHistory(readFixture('google-location-history/2020_FEBRUARY.json'), options);
    expect(summary(readFixture('google-location-history/2020_FEBRUARY.json'))).toEqual([
      ['stay', '2020-02-16T00:40:12.334Z', '2020-02-16T01:02:11.503Z', "Tian'anmen West Station"],
      ['movement', 4, '2020-02-16T01:02:11.503Z', '2020-02-16T01:21:40.000Z'],
      ['stay', '2020-02-16T01:21:40.000Z', '2020-02-16T03:00:00.000Z', 'Wangfujing Department Store'],
      ['movement', 4, '2020-02-16T03:00:00.000Z', '2020-02-16T03:20:00.000Z'],
    ]);
    expect(timeRange(result.parts)).toEqual(['2020-02-16T00:40:12.334Z', '2020-02-16T03:20:00.000Z']);
    expect(warningTexts(result.warnings, 'en')).toEqual([
      'Google location history: the times along activity waypoint paths (1) were interpolated by distance',
    ]);
  });
});

describe('parseGoogleLocationHistory', () => {
  it('wraps E7 values written as unsigned 32-bit integers and sorts newest-first records with a warning', () => {
    const text = JSON.stringify({
      locations: [
        { latitudeE7: 4294967296 - 338688000, longitudeE7: 1512093000, timestampMs: '1581815700000' },
        { latitudeE7: -338688000, longitudeE7: 1512093000, timestampMs: '1581815640000' },
      ],
    });
    const result = parseGoogleLocationHistory(text, options);
    expect(result.parts).toEqual([
      {
        kind: 'movement',
        lngLats: [
          [151.2093, -33.8688],
          [151.2093, -33.8688],
        ],
        times: [1581815640000, 1581815700000],
      },
    ]);
    expect(warningTexts(result.warnings, 'en')).toEqual([
      'Google location history: the points of the recorded path were not in time order and have been sorted',
    ]);
  });

  it('skips locations without a position or a time, with a warning', () => {
    const text = JSON.stringify({
      locations: [
        { timestamp: '2020-02-16T01:00:00Z' },
        { latitudeE7: 1, longitudeE7: 1 },
        { latitudeE7: 1, longitudeE7: 1, timestamp: '2020-02-16T01:00:00Z' },
      ],
    });
    expect(warningTexts(parseGoogleLocationHistory(text, options).warnings, 'en')).toEqual([
      'Google location history: 1 of 3 locations had no position and were skipped',
      'Google location history: 1 of 3 locations had no time and were skipped',
    ]);
  });

  it.each([
    [
      '{"locations": [{"latitudeE7": "north", "longitudeE7": 1, "timestamp": "2020-02-16T01:00:00Z"}]}',
      'Google location history location 1: latitudeE7 "north" is not a number',
    ],
    [
      '{"locations": [{"latitudeE7": 1, "longitudeE7": 1, "timestamp": "2020-02-16T01:00:00Z"}, {"latitudeE7": 950000000, "longitudeE7": 1, "timestamp": "2020-02-16T01:01:00Z"}]}',
      'Google location history location 2: latitude 95 is outside [-90, 90]',
    ],
    [
      '{"locations": [{"latitudeE7": 1, "longitudeE7": 1, "timestampMs": "abc"}]}',
      'Google location history location 1: timestampMs "abc" is not a date-time',
    ],
    ['{"locations": []}', 'Google location history: the export has no timed location'],
    [
      '{"semanticSegments": [{"startTime": "2024-03-05T08:00:00+08:00", "endTime": "2024-03-05T09:00:00+08:00", "visit": {"topCandidate": {"placeLocation": {"latLng": "39.9, north"}}}}]}',
      'Google location history segment 1: placeLocation "39.9, north" is not "lat°, lng°"',
    ],
    [
      '{"semanticSegments": [{"startTime": "2024-03-05T08:00:00+08:00", "endTime": "2024-03-05T07:00:00+08:00", "visit": {"topCandidate": {"placeLocation": {"latLng": "39.9°, 116.3°"}}}}]}',
      'Google location history segment 1: ends (05/03/2024, 07:00 GMT+8) before it starts (05/03/2024, 08:00 GMT+8)',
    ],
    [
      '{"semanticSegments": [{"endTime": "2024-03-05T07:00:00+08:00"}]}',
      'Google location history segment 1: startTime is missing',
    ],
    [
      '{"semanticSegments": [{"startTime": "2024-03-05T08:00:00+08:00", "endTime": "2024-03-05T09:00:00+08:00", "timelinePath": [{"point": "39.9°, 116.3°", "time": "2024-03-05T08:00:00+08:00"}, {"point": "39.9°, 196.3°", "time": "2024-03-05T08:01:00+08:00"}]}]}',
      'Google location history segment 1 timelinePath point 2: longitude 196.3 is outside [-180, 180]',
    ],
    [
      '{"timelineObjects": [{"placeVisit": {"location": {"latitudeE7": 1, "longitudeE7": 1}}}]}',
      'Google location history timeline object 1: has no duration',
    ],
    [
      '{"timelineObjects": [{"activitySegment": {"startLocation": {"latitudeE7": 1, "longitudeE7": 1}, "endLocation": {}, "duration": {"startTimestamp": "2020-02-16T01:00:00Z", "endTimestamp": "2020-02-16T01:10:00Z"}}}]}',
      'Google location history timeline object 1: latitudeE7 is missing',
    ],
    [
      '{"type": "FeatureCollection", "features": []}',
      'Google location history: this is not a Google location history export (expected locations, semanticSegments or timelineObjects)',
    ],
    ['{"locations": [', 'Google location history: the file is not valid JSON (Unexpected end of JSON input)'],
  ])('rejects bad input with a message naming the record (%#)', (text, message) => {
    expect(parseError(() => parseGoogleLocationHistory(text, options)).message).toBe(message);
  });

  it('does not mutate its options', () => {
    const given = { ...options };
    parseGoogleLocationHistory(readFixture('google-location-history/Timeline.json'), given);
    expect(given).toEqual({ now: NOW, timeZone: 'Asia/Shanghai' });
  });

  it('returns a valid trajectory or throws TrajectoryParseError for any input', () => {
    for (const file of ['Records.json', 'Timeline.json', 'location-history-ios.json', '2020_FEBRUARY.json']) {
      const base = readFixture(`google-location-history/${file}`);
      fc.assert(
        fc.property(arbitraryInput(base), (text) => expectTotal(() => parseGoogleLocationHistory(text, options))),
        { numRuns: 150 },
      );
    }
  });
});

describe('parseGoogleLocationHistory limits', () => {
  it('refuses more than maxPoints positions in any of the shapes', () => {
    for (const file of ['Records.json', 'Timeline.json', '2020_FEBRUARY.json']) {
      const error = parseError(() =>
        parseGoogleLocationHistory(readFixture(`google-location-history/${file}`), { ...options, maxPoints: 3 }),
      );
      expect(error.message).toBe('Google location history: the file has more than 3 points; split it into smaller files');
    }
  });
});
