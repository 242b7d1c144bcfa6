import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTrajectoryFile } from './parse-trajectory';
import { sniffCaseTrackFormat, sniffTrajectoryFormat } from './sniff-format';
import { arbitraryInput, expectTotal, NOW, parseError, readFixture } from './test-support';

const options = { now: NOW, timeZone: 'Asia/Shanghai' };

const fixtures = [
  ['gpx/gpxpy_korita-zbevnica.gpx', 'gpx'],
  ['kml/taiwan_cdc_case32_route.kml', 'kml'],
  ['geojson/korita-zbevnica.togeojson.geojson', 'geojson'],
  ['geojson/case-interchange.geojson', 'geojson'],
  ['csv/geolife_000_20081103101336_beijing.csv', 'csv'],
  ['csv/taiwan_case32_stays.csv', 'csv'],
  ['geolife-plt/000_20081103101336.plt', 'geolife-plt'],
  ['google-location-history/Records.json', 'google-location-history'],
  ['google-location-history/Timeline.json', 'google-location-history'],
  ['google-location-history/location-history-ios.json', 'google-location-history'],
  ['google-location-history/2020_FEBRUARY.json', 'google-location-history'],
] as const;

describe('sniffTrajectoryFormat', () => {
  it.each(fixtures)('recognises %s by content alone, and by name', (file, format) => {
    const text = readFixture(file);
    expect(sniffTrajectoryFormat(text)).toBe(format);
    expect(sniffTrajectoryFormat(text, file.split('/')[1])).toBe(format);
  });

  it('refuses zip archives and XML that is neither GPX nor KML', () => {
    expect(parseError(() => sniffTrajectoryFormat('PK\u0003\u0004\u0014\u0000', 'export.kmz')).message).toBe(
      'The file is a zip archive (KMZ or Takeout zip); extract the KML or JSON inside and upload that',
    );
    expect(parseError(() => sniffTrajectoryFormat('<?xml version="1.0"?><TrainingCenterDatabase/>')).message).toBe(
      'The file is XML but neither GPX (<gpx>) nor KML (<kml>)',
    );
  });
});

describe('sniffCaseTrackFormat', () => {
  it('tells the published data sets from the staff formats', () => {
    expect(sniffCaseTrackFormat(readFixture('israel-moh-csv/israel_moh_exposure_points_2020-04-05_slice.csv'))).toBe(
      'israel-moh-csv',
    );
    expect(sniffCaseTrackFormat(readFixture('taiwan-g0v-geojson/taiwan_g0v_footprints_2021-06-02_slice.geojson'))).toBe(
      'taiwan-g0v-geojson',
    );
    expect(sniffCaseTrackFormat(readFixture('geojson/case-interchange.geojson'))).toBe('geojson');
    expect(sniffCaseTrackFormat(readFixture('csv/taiwan_case32_stays.csv'))).toBe('csv');
    expect(sniffCaseTrackFormat(readFixture('kml/taiwan_fleet_of_friendship_footprints.kml'))).toBe('kml');
    expect(sniffCaseTrackFormat(readFixture('gpx/gpxpy_Mojstrovka.gpx'))).toBe('gpx');
    expect(sniffCaseTrackFormat(readFixture('google-location-history/Timeline.json'))).toBe('google-location-history');
    expect(sniffCaseTrackFormat(readFixture('geolife-plt/000_20081103101336.plt'))).toBe('geolife-plt');
    expect(sniffCaseTrackFormat('x', 'case.plt')).toBe('geolife-plt');
  });
});

describe('parseTrajectoryFile', () => {
  it.each(fixtures)('parses %s after sniffing', (file, format) => {
    const result = parseTrajectoryFile(readFixture(file), {
      ...options,
      timeZone: file.includes('taiwan') ? 'Asia/Taipei' : 'Asia/Shanghai',
    });
    expect(result.format).toBe(format);
    expect(result.pointCount).toBeGreaterThan(0);
  });

  it('honours an explicit format', () => {
    const error = parseError(() =>
      parseTrajectoryFile(readFixture('csv/taiwan_case32_stays.csv'), { ...options, format: 'gpx' }),
    );
    expect(error.format).toBe('gpx');
  });

  it('refuses absurdly nested input with a TrajectoryParseError rather than a stack overflow', () => {
    const depth = 300_000;
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(parseError(() => parseTrajectoryFile(nested, { ...options, format: 'geojson' })).message).toBe(
      'GeoJSON: expected a GeoJSON FeatureCollection or Feature object',
    );
    const deepPosition = `{"type":"Feature","properties":{"time":"2020-01-01T00:00:00Z"},"geometry":{"type":"Point","coordinates":[${nested},1]}}`;
    expect(parseError(() => parseTrajectoryFile(deepPosition, options)).message).toBe(
      'GeoJSON feature 1: longitude (a deeply nested value) is not a number',
    );
    const placemark =
      '<Placemark><TimeStamp><when>2020-01-01T00:00:00Z</when></TimeStamp><Point><coordinates>1,1</coordinates></Point></Placemark>';
    const xml = `<kml>${'<Folder>'.repeat(100_000)}${placemark}${'</Folder>'.repeat(100_000)}</kml>`;
    expect(parseTrajectoryFile(xml, options).pointCount).toBe(1);
  });

  // Speed is the bench's business; this asserts the limit is enforced (and, by finishing, that it does not hang).
  it('bounds the work: a 1,000,001-point CSV is refused under the default maxPoints', () => {
    const rows = Array.from({ length: 1_000_001 }, (_, i) => `116.3,39.9,${1_581_847_200 + i}`);
    expect(parseError(() => parseTrajectoryFile(`lon,lat,time\n${rows.join('\n')}`, options)).message).toBe(
      'CSV: the file has more than 1,000,000 points; split it into smaller files',
    );
  }, 120_000);

  it('returns a valid trajectory or throws TrajectoryParseError for any input, whatever the sniffed format', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => expectTotal(() => parseTrajectoryFile(text, options))),
      { numRuns: 500 },
    );
    const edited = fc
      .constantFrom(...fixtures.map(([file]) => file))
      .chain((file) => arbitraryInput(readFixture(file).slice(0, 3000)));
    fc.assert(
      fc.property(edited, (text) => expectTotal(() => parseTrajectoryFile(text, options))),
      { numRuns: 300 },
    );
  });
});
