import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';
import { parseGeolifePlt } from './parse-geolife-plt';
import { arbitraryInput, expectTotal, expectValidParts, NOW, parseError, readFixture, timeRange } from './test-support';

const beijing = { now: NOW, timeZone: 'Asia/Shanghai' };

describe('parseCsv on files derived from real data', () => {
  it('reads 经度,纬度,时间 fixes in Beijing wall time (BOM, CRLF, no final newline) exactly as the GeoLife original', () => {
    const text = readFixture('csv/geolife_000_20081103101336_beijing.csv');
    expect(text.startsWith('\uFEFF') && text.includes('\r\n') && !text.endsWith('\n')).toBe(true);
    const result = parseCsv(text, beijing);
    expect(result.parts).toEqual(parseGeolifePlt(readFixture('geolife-plt/000_20081103101336.plt'), beijing).parts);
    expect(result.pointCount).toBe(7);
    expect(timeRange(result.parts)).toEqual(['2008-11-03T10:13:36.000Z', '2008-11-03T10:16:01.000Z']);
    expect(result.assumedTimeZone).toBe('Asia/Shanghai');
    expect(result.warnings).toEqual([]);
  });

  it('reads place,lon,lat,start,end stays (the case CSV columns) as a trajectory', () => {
    const result = parseCsv(readFixture('csv/taiwan_case32_stays.csv'), { now: NOW, timeZone: 'Asia/Taipei' });
    expectValidParts(result.parts);
    expect(result.parts).toHaveLength(14);
    expect(result.parts[0]).toEqual({
      kind: 'stay',
      lngLat: [121.5173735, 25.047702],
      start: Date.UTC(2020, 1, 16, 10),
      end: Date.UTC(2020, 1, 16, 10, 36),
      place: '02/16 臺北車站',
    });
    expect(timeRange(result.parts)).toEqual(['2020-02-16T10:00:00.000Z', '2020-02-18T05:00:00.000Z']);
  });
});

describe('parseCsv', () => {
  it.each([
    ['longitude,latitude,timestamp', '116.3,39.9,2020-02-16T10:00:00Z'],
    ['latitude,longitude,time', '39.9,116.3,2020-02-16T10:00:00Z'],
    ['Lat, Lon , Time', '39.9,116.3,2020-02-16T10:00:00Z'],
    ['lng;lat;time', '116.3;39.9;2020-02-16T10:00:00Z'],
    ['纬度,经度,时间', '39.9,116.3,2020-02-16 18:00:00'],
    ['time\tlon\tlat', '1581847200\t116.3\t39.9'],
    ['lon,lat,time', '116.3,39.9,1581847200000'],
  ])('finds columns by header in any order and language: %s', (header, row) => {
    expect(parseCsv(`${header}\n${row}\n`, beijing).parts).toEqual([
      { kind: 'stay', lngLat: [116.3, 39.9], start: Date.UTC(2020, 1, 16, 10), end: Date.UTC(2020, 1, 16, 10) },
    ]);
  });

  it('reads Chinese stay headers (地点,经度,纬度,开始时间,结束时间)', () => {
    const text = '地点,经度,纬度,开始时间,结束时间\r\n超市,116.3,39.9,2020-02-16 18:00,2020-02-16 18:30';
    expect(parseCsv(text, beijing).parts).toEqual([
      {
        kind: 'stay',
        lngLat: [116.3, 39.9],
        start: Date.UTC(2020, 1, 16, 10),
        end: Date.UTC(2020, 1, 16, 10, 30),
        place: '超市',
      },
    ]);
  });

  it('counts lines from the header, across blank lines and quoted line breaks', () => {
    const text =
      'place,lon,lat,start,end\n"Two\nlines",1,1,2020-01-01T00:00:00Z,2020-01-01T01:00:00Z\n\n"ok",1,abc,2020-01-01T00:00:00Z,2020-01-01T01:00:00Z';
    const error = parseError(() => parseCsv(text, beijing));
    expect(error.message).toBe('CSV line 5: latitude "abc" is not a number');
    expect(error.line).toBe(5);
  });

  it.each([
    [
      'lon,lat,time\n1,1,2020-01-01T00:00:00Z\n1,1,2020-01-01T00:01:00Z\n1,1,2020-01-01T00:02:00Z\n1,1,2020-01-01T00:03:00Z\n1,1,2020-01-01T00:04:00Z\n1,abc,2020-01-01T00:05:00Z',
      'CSV line 7: latitude "abc" is not a number',
    ],
    ['lon,lat,time\n1,,2020-01-01T00:00:00Z', 'CSV line 2: latitude is missing'],
    ['lon,lat,time\n1e400,1,2020-01-01T00:00:00Z', 'CSV line 2: longitude "1e400" is not a number'],
    ['lon,lat,time\n-181,1,2020-01-01T00:00:00Z', 'CSV line 2: longitude -181 is outside [-180, 180]'],
    ['lon,lat,time\n1,1,02/16/2020', 'CSV line 2: time "02/16/2020" is not a date-time'],
    ['lon,lat,time\n1,1', 'CSV line 2: time is missing'],
    [
      'lon,lat,time\n1,1,1989-12-31T23:59:59Z',
      'CSV line 2: time "1989-12-31T23:59:59Z" is before 1990; the device clock was not set',
    ],
    [
      'place,lon,lat,start,end\nx,1,1,2020-01-01T01:00:00Z,2020-01-01T00:00:00Z',
      'CSV line 2: ends (01/01/2020, 08:00 GMT+8) before it starts (01/01/2020, 09:00 GMT+8)',
    ],
    ['lon,lat,time\n1,"1,2020-01-01T00:00:00Z', 'CSV line 2: a quoted field is not closed'],
    ['name,x,y\nhome,1,1', 'CSV line 1: the header must name longitude and latitude columns (found "name", "x", "y")'],
    [
      'lon,lat,date\n1,1,2020-01-01',
      'CSV line 1: the header must name a time column, or start and end columns (found "lon", "lat", "date")',
    ],
    ['lon,lat,time\n', 'CSV: the file has a header but no rows'],
    ['', 'CSV: the file is empty'],
    ['\uFEFF\r\n\r\n', 'CSV: the file is empty'],
  ])('rejects bad input with a message naming the line (%#)', (text, message) => {
    expect(parseError(() => parseCsv(text, beijing)).message).toBe(message);
  });

  it('refuses more rows than maxPoints', () => {
    const rows = Array.from({ length: 20 }, (_, i) => `1,1,2020-01-01T00:${String(i).padStart(2, '0')}:00Z`);
    expect(parseError(() => parseCsv(`lon,lat,time\n${rows.join('\n')}`, { ...beijing, maxPoints: 10 })).message).toBe(
      'CSV: the file has more than 10 points; split it into smaller files',
    );
  });

  it('rejects an unknown time zone as a TrajectoryParseError', () => {
    expect(parseError(() => parseCsv('lon,lat,time\n1,1,2020-01-01 00:00', { timeZone: 'Asia/Beijing' })).message).toBe(
      'CSV: time zone "Asia/Beijing" is not an IANA zone name such as Asia/Shanghai',
    );
  });

  it('returns a valid trajectory or throws TrajectoryParseError for any input', () => {
    const base = readFixture('csv/geolife_000_20081103101336_beijing.csv');
    fc.assert(
      fc.property(arbitraryInput(base), (text) => expectTotal(() => parseCsv(text, beijing))),
      { numRuns: 300 },
    );
    const stays = readFixture('csv/taiwan_case32_stays.csv');
    fc.assert(
      fc.property(arbitraryInput(stays), (text) => expectTotal(() => parseCsv(text, beijing))),
      { numRuns: 200 },
    );
  });
});
