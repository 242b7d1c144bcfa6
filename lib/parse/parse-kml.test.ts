import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderError } from '../errors/render-error';
import { parseKml } from './parse-kml';
import { arbitraryInput, bbox, expectTotal, expectValidParts, NOW, parseError, readFixture, timeRange } from './test-support';
import { warningTexts } from './warning-text';

const taipei = { now: NOW, timeZone: 'Asia/Taipei' };
const kml = (placemarks: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2"><Document>${placemarks}</Document></kml>`;

describe('parseKml on the Taiwan case 32 route (yjlou/2019-nCov)', () => {
  const result = parseKml(readFixture('kml/taiwan_cdc_case32_route.kml'), taipei);

  it('reads all 32 placemarks from the #!metadata begin/end in their descriptions', () => {
    expectValidParts(result.parts);
    expect(result.parts).toHaveLength(32);
    expect(result.parts.filter((part) => part.kind === 'stay')).toHaveLength(14);
    expect(result.parts.filter((part) => part.kind === 'movement')).toHaveLength(18);
    expect(result.pointCount).toBe(110);
    expect(bbox(result.parts)).toEqual([121.4124091, 24.9825811, 121.5412679, 25.1374811]);
    // 2020-02-16T18:00 … 2020-02-19T10:02 Taiwan time (UTC+8).
    expect(timeRange(result.parts)).toEqual(['2020-02-16T10:00:00.000Z', '2020-02-19T02:02:00.000Z']);
    expect(result.assumedTimeZone).toBe('Asia/Taipei');
    expect(warningTexts(result.warnings, 'en')).toEqual([
      'KML: lines with only a start and end time (18): the times along them were interpolated by distance',
    ]);
  });

  it('accepts the ";", "; " and ";<br>" separators', () => {
    // "begin:2020-02-17T15:42:00;<br>end:2020-02-17T16:42:00;" (台北車站地下街)
    const stay = result.parts.find((part) => part.kind === 'stay' && part.place === '02/17 台北車站地下街(西)');
    expect(stay).toMatchObject({ start: Date.UTC(2020, 1, 17, 7, 42), end: Date.UTC(2020, 1, 17, 8, 42) });
  });

  it("spreads a line's time span over its vertices by distance", () => {
    const line = result.parts.find((part) => part.kind === 'movement' && part.place === '02/16 大坪林到台北車站');
    expect(line?.kind).toBe('movement');
    if (line?.kind !== 'movement') return;
    expect(line.lngLats).toHaveLength(9);
    expect(line.times[0]).toBe(Date.UTC(2020, 1, 16, 10, 0));
    expect(line.times[8]).toBe(Date.UTC(2020, 1, 16, 10, 36));
    const steps = line.times.slice(1).map((t, i) => t - line.times[i]);
    expect(steps.every((step) => step > 0)).toBe(true);
  });

  it('reads the CDATA-wrapped name', () => {
    expect(result.parts.some((part) => part.place === '02/17 竹圍站 -> 民族路 -> 竹圍站 -> 士林站')).toBe(true);
  });
});

describe('parseKml on the Fleet of Friendship footprints', () => {
  it('skips the placemark with the malformed time "2020-04-15T19.45:00:00", naming it, and reads the rest', () => {
    const result = parseKml(readFixture('kml/taiwan_fleet_of_friendship_footprints.kml'), taipei);
    expect(result.skippedRecords?.count).toBe(1);
    const total = result.skippedRecords?.total ?? 0;
    expect(total).toBeGreaterThan(37);
    const first = result.skippedRecords?.first;
    expect(first && renderError('en', first.code, first.params)).toBe(
      'KML placemark 37 ("高鐵161號接駁車 中科管理局"): begin "2020-04-15T19.45:00:00" is not a date-time',
    );
    expect(first && renderError('zh-CN', first.code, first.params)).toContain('第 37 个地标');
    expect(result.parts.some((part) => part.place === '高鐵161號接駁車 中科管理局')).toBe(false);
    expect(warningTexts(result.warnings, 'en')).toContain(
      `KML: 1 of ${total} records could not be read and were skipped; the first: KML placemark 37 ("高鐵161號接駁車 中科管理局"): begin "2020-04-15T19.45:00:00" is not a date-time`,
    );
  });

  it('is refused at that placemark when read as published case data', () => {
    const error = parseError(() => parseKml(readFixture('kml/taiwan_fleet_of_friendship_footprints.kml'), { ...taipei, skipUnreadable: false }));
    expect(error.message).toBe(
      'KML placemark 37 ("高鐵161號接駁車 中科管理局"): begin "2020-04-15T19.45:00:00" is not a date-time',
    );
    expect(error.record).toBe('placemark 37 ("高鐵161號接駁車 中科管理局")');
  });
});

describe('parseKml', () => {
  it('reads a gx:Track as a run of fixes', () => {
    const text = kml(
      '<Placemark><gx:Track><when>2020-02-16T10:00:00Z</when><when>2020-02-16T10:01:00Z</when><when>2020-02-16T10:02:00Z</when>' +
        '<gx:coord>121.50 25.00 10</gx:coord><gx:coord>121.51 25.00 10</gx:coord><gx:coord>121.52 25.01 12</gx:coord></gx:Track></Placemark>',
    );
    expect(parseKml(text, taipei).parts).toEqual([
      {
        kind: 'movement',
        lngLats: [
          [121.5, 25],
          [121.51, 25],
          [121.52, 25.01],
        ],
        times: [Date.UTC(2020, 1, 16, 10), Date.UTC(2020, 1, 16, 10, 1), Date.UTC(2020, 1, 16, 10, 2)],
      },
    ]);
  });

  it('reads a gx:MultiTrack as one run per track', () => {
    const track = (m: number) =>
      `<gx:Track><when>2020-02-16T10:0${m}:00Z</when><when>2020-02-16T10:0${m}:30Z</when><gx:coord>121.5 25 0</gx:coord><gx:coord>121.6 25 0</gx:coord></gx:Track>`;
    const result = parseKml(kml(`<Placemark><gx:MultiTrack>${track(0)}${track(5)}</gx:MultiTrack></Placemark>`), taipei);
    expect(result.parts).toHaveLength(2);
  });

  it('reads TimeSpan (Point → stay, LineString → interpolated movement) and TimeStamp points as one run', () => {
    const text = kml(
      '<Placemark><name>Market</name><TimeSpan><begin>2020-02-16T18:00:00+08:00</begin><end>2020-02-16T19:00:00+08:00</end></TimeSpan><Point><coordinates>121.5,25.0,0</coordinates></Point></Placemark>' +
        '<Placemark><TimeSpan><begin>2020-02-16T19:00:00+08:00</begin><end>2020-02-16T19:30:00+08:00</end></TimeSpan><LineString><coordinates>121.5,25.0 121.5,25.1 121.5,25.3</coordinates></LineString></Placemark>' +
        '<Placemark><TimeStamp><when>2020-02-16T12:00:00Z</when></TimeStamp><Point><coordinates>121.6,25.0</coordinates></Point></Placemark>' +
        '<Placemark><TimeStamp><when>2020-02-16T12:05:00Z</when></TimeStamp><Point><coordinates>121.61,25.0</coordinates></Point></Placemark>',
    );
    const result = parseKml(text, taipei);
    expect(result.parts).toEqual([
      { kind: 'stay', lngLat: [121.5, 25], start: Date.UTC(2020, 1, 16, 10), end: Date.UTC(2020, 1, 16, 11), place: 'Market' },
      {
        kind: 'movement',
        lngLats: [
          [121.5, 25],
          [121.5, 25.1],
          [121.5, 25.3],
        ],
        times: [Date.UTC(2020, 1, 16, 11), Date.UTC(2020, 1, 16, 11, 10), Date.UTC(2020, 1, 16, 11, 30)],
      },
      {
        kind: 'movement',
        lngLats: [
          [121.6, 25],
          [121.61, 25],
        ],
        times: [Date.UTC(2020, 1, 16, 12), Date.UTC(2020, 1, 16, 12, 5)],
      },
    ]);
    expect(result.assumedTimeZone).toBeUndefined();
    expect(warningTexts(result.warnings, 'en')).toEqual([
      'KML: lines with only a start and end time (1): the times along them were interpolated by distance',
    ]);
  });

  it('skips untimed placemarks with a warning naming them', () => {
    const text = kml(
      '<Placemark><name>Home</name><Point><coordinates>121.5,25.0</coordinates></Point></Placemark>' +
        '<Placemark><TimeStamp><when>2020-02-16T12:00:00Z</when></TimeStamp><Point><coordinates>121.6,25.0</coordinates></Point></Placemark>',
    );
    expect(warningTexts(parseKml(text, taipei).warnings, 'en')).toEqual([
      'KML: 1 of 2 placemarks had no time and were skipped: placemark 1 ("Home")',
    ]);
  });

  it('stores a timed Polygon as a stay at its centroid, with a warning', () => {
    const text = kml(
      '<Placemark><name>Night market</name><TimeSpan><begin>2021-05-10T18:00:00+08:00</begin><end>2021-05-10T22:00:00+08:00</end></TimeSpan>' +
        '<Polygon><outerBoundaryIs><LinearRing><coordinates>120,22 120.002,22 120.002,22.002 120,22.002 120,22</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>',
    );
    const result = parseKml(text, taipei);
    expect(result.parts).toEqual([
      {
        kind: 'stay',
        lngLat: [expect.closeTo(120.001, 9), expect.closeTo(22.001, 9)],
        start: Date.UTC(2021, 4, 10, 10),
        end: Date.UTC(2021, 4, 10, 14),
        place: 'Night market',
      },
    ]);
    expect(warningTexts(result.warnings, 'en')).toEqual(['KML placemark 1 ("Night market"): is an area; it was stored as a stay at its centroid']);
  });

  it.each([
    [
      '<Placemark><TimeStamp><when>2020-02-16T12:00:00Z</when></TimeStamp><Point><coordinates>121.5,abc</coordinates></Point></Placemark>',
      'KML placemark 1: coordinate "121.5,abc" is not "lng,lat[,alt]"',
    ],
    [
      '<Placemark><name>a</name><TimeStamp><when>2020-02-16T12:00:00Z</when></TimeStamp><LineString><coordinates>121.5,25 121.6,</coordinates></LineString></Placemark>',
      'KML placemark 1 ("a"): coordinate "121.6," is not "lng,lat[,alt]"',
    ],
    [
      '<Placemark><TimeStamp><when>2020-02-16T12:00:00Z</when></TimeStamp><Point><coordinates>200,25</coordinates></Point></Placemark>',
      'KML placemark 1: longitude 200 is outside [-180, 180]',
    ],
    [
      '<Placemark><TimeStamp><when>1980-02-16T12:00:00Z</when></TimeStamp><Point><coordinates>121,25</coordinates></Point></Placemark>',
      'KML placemark 1: TimeStamp "1980-02-16T12:00:00Z" is before 1990; the device clock was not set',
    ],
    [
      '<Placemark><TimeSpan><begin>2020-02-16T12:00:00Z</begin><end>2020-02-16T11:00:00Z</end></TimeSpan><Point><coordinates>121,25</coordinates></Point></Placemark>',
      'KML placemark 1: ends (16/02/2020, 19:00 GMT+8) before it starts (16/02/2020, 20:00 GMT+8)',
    ],
    [
      '<Placemark><description>#!metadata&lt;br&gt;begin:2020-02-16T18:00:00</description><Point><coordinates>121,25</coordinates></Point></Placemark>',
      'KML placemark 1: #!metadata needs both begin: and end:',
    ],
    [
      '<Placemark><gx:Track><when>2020-02-16T10:00:00Z</when><gx:coord>121 25 0</gx:coord><gx:coord>121.1 25 0</gx:coord></gx:Track></Placemark>',
      'KML placemark 1: gx:Track 1 has 1 <when> for 2 <gx:coord>',
    ],
    [
      '<Placemark><gx:Track><when>2020-02-16T10:00:00Z</when><gx:coord>121,25</gx:coord></gx:Track></Placemark>',
      'KML placemark 1: gx:coord "121,25" is not "lng lat [alt]"',
    ],
    [
      '<Placemark><TimeStamp><when>2020-02-16T12:00:00Z</when></TimeStamp><LineString><coordinates>121,25 121.1,25</coordinates></LineString></Placemark>',
      'KML placemark 1: has a single time for a whole LineString',
    ],
    [
      '<Placemark><Point><coordinates>121,25</coordinates></Point></Placemark>',
      'KML: none of the 1 placemarks has a time (TimeSpan, TimeStamp, gx:Track or #!metadata begin/end)',
    ],
    ['', 'KML: the file has no <Placemark>'],
  ])('rejects bad input with a message naming the placemark (%#)', (placemarks, message) => {
    expect(parseError(() => parseKml(kml(placemarks), taipei)).message).toBe(message);
  });

  it('refuses an undeclared gx: prefix, DOCTYPE, and a non-KML root', () => {
    const undeclared = '<kml><Placemark><gx:Track><when>2020-02-16T10:00:00Z</when></gx:Track></Placemark></kml>';
    expect(parseError(() => parseKml(undeclared, taipei)).message).toMatch(/^KML: the file is not well-formed XML near line 1/);
    expect(parseError(() => parseKml('<!DOCTYPE kml><kml/>', taipei)).message).toMatch(/DOCTYPE/);
    expect(parseError(() => parseKml('<gpx/>', taipei)).message).toBe('KML: the root element is <gpx>, not <kml>');
  });

  it('returns a valid trajectory or throws TrajectoryParseError for any input', () => {
    const base = kml(
      '<Placemark><description><![CDATA[x<br>#!metadata<br>begin:2020-02-16T18:00:00; end:2020-02-16T18:36:00;]]></description><LineString><coordinates>121.54,24.98 121.52,25.04</coordinates></LineString></Placemark>' +
        '<Placemark><gx:Track><when>2020-02-16T10:00:00Z</when><when>2020-02-16T10:01:00Z</when><gx:coord>121 25 0</gx:coord><gx:coord>121.1 25 0</gx:coord></gx:Track></Placemark>',
    );
    fc.assert(
      fc.property(arbitraryInput(base), (text) => expectTotal(() => parseKml(text, taipei))),
      { numRuns: 300 },
    );
  });
});
