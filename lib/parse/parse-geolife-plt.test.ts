import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGeolifePlt } from './parse-geolife-plt';
import { arbitraryInput, bbox, expectTotal, expectValidParts, NOW, parseError, readFixture, timeRange } from './test-support';

const options = { now: NOW, timeZone: 'Asia/Shanghai' };
const HEADER = 'Geolife trajectory\r\nWGS 84\r\nAltitude is in Feet\r\nReserved 3\r\n0,2,255,My Track,0,0,2,8421376\r\n0\r\n';

describe('parseGeolifePlt on real GeoLife files (user 000)', () => {
  it('reads the smallest file: 7 points in GMT, whatever the time zone option', () => {
    const result = parseGeolifePlt(readFixture('geolife-plt/000_20081103101336.plt'), options);
    expect(result.parts).toHaveLength(1);
    expect(result.pointCount).toBe(7);
    expect(result.parts[0]).toMatchObject({
      kind: 'movement',
      lngLats: [
        [116.326565, 39.999976],
        [116.326175, 40.000032],
        [116.326154, 40.000038],
        [116.326081, 40.000035],
        [116.326645, 39.996877],
        [116.326536, 39.996825],
        [116.326341, 39.996785],
      ],
    });
    expect(timeRange(result.parts)).toEqual(['2008-11-03T10:13:36.000Z', '2008-11-03T10:16:01.000Z']);
    expect(result.assumedTimeZone).toBeUndefined();
    expect(result.warnings).toEqual([]);
  });

  it('reads a 244-point file as one movement', () => {
    const result = parseGeolifePlt(readFixture('geolife-plt/000_20081024020959.plt'), options);
    expectValidParts(result.parts);
    expect(result.pointCount).toBe(244);
    expect(result.parts).toHaveLength(1);
    expect(timeRange(result.parts)).toEqual(['2008-10-24T02:09:59.000Z', '2008-10-24T02:47:06.000Z']);
    expect(bbox(result.parts)).toEqual([116.319458, 40.007171, 116.322994, 40.009464]);
  });
});

describe('parseGeolifePlt', () => {
  it.each([
    [
      `${HEADER}39.9,116.3,0,492,39755.42,2008-11-03,10:13:36\r\n39.9,abc,0,492,39755.42,2008-11-03,10:13:41`,
      'GeoLife PLT line 8: longitude "abc" is not a number',
    ],
    [`${HEADER}39.9,116.3,0,492`, 'GeoLife PLT line 7: expected 7 fields (lat,lon,0,alt,days,date,time), found 4'],
    [
      `${HEADER}39.9,116.3,0,492,39755.42,2008-02-30,10:13:36`,
      'GeoLife PLT line 7: date and time "2008-02-30 10:13:36" are not a valid date-time',
    ],
    [
      `${HEADER}39.9,116.3,0,492,39755.42,2008/11/03,10:13:36`,
      'GeoLife PLT line 7: date and time "2008/11/03 10:13:36" are not YYYY-MM-DD,HH:MM:SS',
    ],
    [`${HEADER}99.9,116.3,0,492,39755.42,2008-11-03,10:13:36`, 'GeoLife PLT line 7: latitude 99.9 is outside [-90, 90]'],
    [
      `${HEADER}39.9,116.3,0,492,39755.42,1988-11-03,10:13:36`,
      'GeoLife PLT line 7: time "1988-11-03 10:13:36" is before 1990; the device clock was not set',
    ],
    [HEADER, 'GeoLife PLT: the file has no points after its 6 header lines'],
    ['lat,lon\n1,1', 'GeoLife PLT line 1: the first line should be "Geolife trajectory"'],
  ])('rejects bad input naming the line (%#)', (text, message) => {
    expect(parseError(() => parseGeolifePlt(text, options)).message).toBe(message);
  });

  it('returns a valid trajectory or throws TrajectoryParseError for any input', () => {
    const base = readFixture('geolife-plt/000_20081103101336.plt');
    fc.assert(
      fc.property(arbitraryInput(base), (text) => expectTotal(() => parseGeolifePlt(text, options))),
      { numRuns: 300 },
    );
  });
});
