import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseTracks } from './parse-case-tracks';
import { parseTrajectoryFile } from './parse-trajectory';
import { arbitraryInput, expectTotal, expectValidParts, NOW, parseError, readFixture, timeRange } from './test-support';
import { warningTexts } from './warning-text';

const taipei = { now: NOW, timeZone: 'Asia/Taipei' };

describe('parseCaseTracks', () => {
  it('reads the interchange GeoJSON, one track per caseCode, keeping drawn lines whole', () => {
    const result = parseCaseTracks(readFixture('geojson/case-interchange.geojson'), { ...taipei, fileName: 'cases.geojson' });
    expect(result.format).toBe('geojson');
    expect(result.tracks.map((track) => [track.caseCode, track.classification, track.parts.map((part) => part.kind)])).toEqual([
      ['TW-32', 'confirmed', ['movement', 'stay', 'movement']],
      ['TW-33', 'asymptomatic', ['stay']],
    ]);
    expect(result.tracks[0].parts[2]).toEqual({
      kind: 'movement',
      lngLats: [
        [121.517296, 25.0460649],
        [121.4244272, 24.9913876],
      ],
      times: [Date.UTC(2020, 1, 16, 10, 46), Date.UTC(2020, 1, 16, 11, 34)],
      place: '台北車站 → 樹林車站',
    });
    expect(result.pointCount).toBe(7);
    expect(result.warnings).toEqual([]);
  });

  it('reads the case CSV (caseCode,place,lon,lat,start,end) with Taiwan wall times', () => {
    const result = parseCaseTracks(readFixture('csv/taiwan_case32_stays.csv'), { ...taipei, fileName: 'case32.csv' });
    expect(result.format).toBe('csv');
    expect(result.tracks).toHaveLength(1);
    expect(result.tracks[0].caseCode).toBe('TW-32');
    expect(result.tracks[0].parts).toHaveLength(14);
    expect(result.assumedTimeZone).toBe('Asia/Taipei');
    expect(timeRange(result.tracks[0].parts)).toEqual(['2020-02-16T10:00:00.000Z', '2020-02-18T05:00:00.000Z']);
  });

  it('reads a Chinese case CSV with classification and joins fixes per case', () => {
    const text =
      '病例编号,经度,纬度,时间,分类\nA,121.5,25.0,2020-02-16 18:00,确诊\nB,121.6,25.0,2020-02-16 18:00,无症状\nA,121.51,25.0,2020-02-16 18:05,确诊';
    const result = parseCaseTracks(text, taipei);
    expect(result.tracks).toEqual([
      {
        caseCode: 'A',
        classification: 'confirmed',
        parts: [
          {
            kind: 'movement',
            lngLats: [
              [121.5, 25],
              [121.51, 25],
            ],
            times: [Date.UTC(2020, 1, 16, 10), Date.UTC(2020, 1, 16, 10, 5)],
          },
        ],
      },
      {
        caseCode: 'B',
        classification: 'asymptomatic',
        parts: [{ kind: 'stay', lngLat: [121.6, 25], start: Date.UTC(2020, 1, 16, 10), end: Date.UTC(2020, 1, 16, 10) }],
      },
    ]);
  });

  it('reads a Taiwan KML as one track named after the file (or the caseCode option)', () => {
    const route = readFixture('kml/taiwan_cdc_case32_route.kml');
    const byName = parseCaseTracks(route, { ...taipei, fileName: 'uploads/taiwan_cdc_case32_route.kml' });
    expect(byName.tracks.map((track) => [track.caseCode, track.parts.length])).toEqual([['taiwan_cdc_case32_route', 32]]);
    expect(byName.pointCount).toBe(110);
    const named = parseCaseTracks(route, { ...taipei, caseCode: 'TW-32', classification: 'confirmed' });
    expect(named.tracks[0]).toMatchObject({ caseCode: 'TW-32', classification: 'confirmed' });
  });

  it('imports the Fleet of Friendship KML, skipping the placemark with a malformed time with a warning', () => {
    const result = parseCaseTracks(readFixture('kml/taiwan_fleet_of_friendship_footprints.kml'), {
      ...taipei,
      fileName: 'fleet.kml',
    });
    expectValidParts(result.tracks[0].parts);
    expect(result.tracks[0].parts).toHaveLength(123);
    expect(timeRange(result.tracks[0].parts)).toEqual(['2020-04-14T09:00:00.000Z', '2020-04-17T23:59:59.000Z']);
    expect(warningTexts(result.warnings, 'en')).toEqual([
      'KML placemark 37 ("高鐵161號接駁車 中科管理局"): begin "2020-04-15T19.45:00:00" is not a date-time; skipped',
    ]);
  });

  it('sniffs the Israel MoH CSV and the g0v GeoJSON by their columns and keys', () => {
    expect(
      parseCaseTracks(readFixture('israel-moh-csv/israel_moh_exposure_points_2020-04-05_slice.csv'), { now: NOW }).format,
    ).toBe('israel-moh-csv');
    expect(
      parseCaseTracks(readFixture('taiwan-g0v-geojson/taiwan_g0v_footprints_2021-06-02_slice.geojson'), {
        now: NOW,
        fileName: 'g0v.json',
      }).format,
    ).toBe('taiwan-g0v-geojson');
  });

  it.each([
    [
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { start: '2020-02-16T18:00:00+08:00', end: '2020-02-16T19:00:00+08:00' },
            geometry: { type: 'Point', coordinates: [121.5, 25] },
          },
        ],
      }),
      'GeoJSON feature 1: caseCode is missing',
    ],
    [
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { caseCode: 'A' }, geometry: { type: 'Point', coordinates: [121.5, 25] } }],
      }),
      'GeoJSON feature 1: has no start and end',
    ],
    [
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {
              caseCode: 'A',
              classification: 'suspected',
              start: '2020-02-16T18:00:00+08:00',
              end: '2020-02-16T19:00:00+08:00',
            },
            geometry: { type: 'Point', coordinates: [121.5, 25] },
          },
        ],
      }),
      'GeoJSON feature 1: classification "suspected" is not "confirmed" or "asymptomatic"',
    ],
    [
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { caseCode: 'A', coordTimes: ['2020-02-16T18:10:00+08:00', '2020-02-16T18:00:00+08:00'] },
            geometry: {
              type: 'LineString',
              coordinates: [
                [121.5, 25],
                [121.6, 25],
              ],
            },
          },
        ],
      }),
      'GeoJSON: the times along feature 1 go backwards',
    ],
    [
      'caseCode,place,lon,lat,start,end\nA,x,121.5,25,2020-02-16 18:00,2020-02-16 19:00\n,x,121.5,25,2020-02-16 18:00,2020-02-16 19:00',
      'CSV line 3: caseCode is missing',
    ],
    [
      'place,lon,lat,start,end\nx,121.5,25,2020-02-16 18:00,2020-02-16 19:00',
      'CSV line 1: the header must name a caseCode column (found "place", "lon", "lat", "start", "end"), or give the case code as an option',
    ],
    [
      'caseCode,classification,lon,lat,time\nA,confirmed,121.5,25,2020-02-16 18:00\nA,asymptomatic,121.5,25,2020-02-16 18:01',
      'CSV: case "A" is both confirmed and asymptomatic',
    ],
  ])('rejects a bad staff-made file, naming the record (%#)', (text, message) => {
    expect(parseError(() => parseCaseTracks(text, taipei)).message).toBe(message);
  });

  it('needs a case code for a KML file', () => {
    const route = readFixture('kml/taiwan_cdc_case32_route.kml');
    expect(parseError(() => parseCaseTracks(route, taipei)).message).toBe(
      'KML: a KML file holds one case: give its case code, or a file name to take it from',
    );
  });

  it('reads a case’s own GPX, Google location history or GeoLife log as that one case, as the resident check reads it', () => {
    const gpx = readFixture('gpx/gpxpy_korita-zbevnica.gpx');
    const fromGpx = parseCaseTracks(gpx, { ...taipei, fileName: 'exports/SI-7.gpx' });
    const asResident = parseTrajectoryFile(gpx, { ...taipei, fileName: 'walk.gpx' });
    expect(fromGpx.format).toBe('gpx');
    expect(fromGpx.tracks).toEqual([{ caseCode: 'SI-7', parts: asResident.parts }]);
    expect(fromGpx.pointCount).toBe(asResident.pointCount);

    const google = parseCaseTracks(readFixture('google-location-history/Records.json'), { ...taipei, caseCode: 'G-1', classification: 'asymptomatic' });
    expect(google.format).toBe('google-location-history');
    expect(google.tracks.map((t) => [t.caseCode, t.classification])).toEqual([['G-1', 'asymptomatic']]);
    expectValidParts(google.tracks[0].parts);

    const geolife = parseCaseTracks(readFixture('geolife-plt/000_20081024020959.plt'), { ...taipei, timeZone: 'Asia/Shanghai', fileName: 'BJ-3.plt' });
    expect(geolife.format).toBe('geolife-plt');
    expect(geolife.tracks[0].caseCode).toBe('BJ-3');
    expect(geolife.tracks[0].parts.length).toBeGreaterThan(0);
  });

  it('needs a case code for a log too, keeps the log’s own errors, and names the formats for other XML', () => {
    expect(parseError(() => parseCaseTracks(readFixture('gpx/gpxpy_korita-zbevnica.gpx'), taipei)).message).toBe(
      'GPX: a GPX file holds one case: give its case code, or a file name to take it from',
    );
    const partly = parseCaseTracks(readFixture('gpx/gpxpy_cerknicko-without-times.gpx'), { ...taipei, fileName: 'C-1.gpx' });
    expect(warningTexts(partly.warnings, 'en')).toEqual(['GPX: 298 of 303 points had no <time> and were dropped']);
    const untimed = '<gpx version="1.1"><trk><trkseg><trkpt lat="25.0" lon="121.5"/><trkpt lat="25.1" lon="121.5"/></trkseg></trk></gpx>';
    expect(parseError(() => parseCaseTracks(untimed, { ...taipei, fileName: 'C-1.gpx' })).format).toBe('gpx');
    expect(parseError(() => parseCaseTracks('<svg xmlns="http://www.w3.org/2000/svg"></svg>', taipei)).message).toBe(
      'The file is XML but neither KML (<kml>) nor GPX (<gpx>): case tracks are imported from GeoJSON, CSV, KML, GPX, Google location history or GeoLife',
    );
  });

  it('does not mutate its options', () => {
    const given = { ...taipei, fileName: 'cases.geojson', classification: 'confirmed' as const };
    const before = structuredClone(given);
    parseCaseTracks(readFixture('geojson/case-interchange.geojson'), given);
    expect(given).toEqual(before);
  });

  it('returns valid tracks or throws TrajectoryParseError for any input', () => {
    for (const [file, fileName] of [
      ['geojson/case-interchange.geojson', 'cases.geojson'],
      ['csv/taiwan_case32_stays.csv', 'cases.csv'],
      ['kml/taiwan_cdc_case32_route.kml', 'case32.kml'],
      ['gpx/gpxpy_korita-zbevnica.gpx', 'case-7.gpx'],
    ]) {
      const base = readFixture(file).slice(0, 6000);
      fc.assert(
        fc.property(arbitraryInput(base), (text) => expectTotal(() => parseCaseTracks(text, { ...taipei, fileName }))),
        { numRuns: 150 },
      );
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => expectTotal(() => parseCaseTracks(text, taipei))),
      { numRuns: 200 },
    );
  });
});
