import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGpx } from './parse-gpx';
import { arbitraryInput, bbox, expectTotal, expectValidParts, NOW, parseError, readFixture, timeRange } from './test-support';
import { warningTexts } from './warning-text';

const options = { now: NOW, timeZone: 'UTC' };
const gpx = (body: string) => `<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">${body}</gpx>`;
const point = (lat: string | number, lon: string | number, time?: string, tag = 'trkpt') =>
  `<${tag} lat="${lat}" lon="${lon}">${time === undefined ? '' : `<time>${time}</time>`}</${tag}>`;

describe('parseGpx on real files (tkrajina/gpxpy)', () => {
  it('keeps the two timed tracks of korita-zbevnica and drops the untimed points with a warning', () => {
    const result = parseGpx(readFixture('gpx/gpxpy_korita-zbevnica.gpx'), options);
    expectValidParts(result.parts);
    expect(result.format).toBe('gpx');
    expect(result.pointCount).toBe(176 + 337);
    // Track 4 has a 34-minute gap (11:34:09 → 12:08:10), more than the 30-minute default: 56 + 281 points.
    expect(result.parts.map((part) => (part.kind === 'movement' ? part.lngLats.length : 1))).toEqual([176, 56, 281]);
    expect(timeRange(result.parts)).toEqual(['2010-10-03T09:36:30.000Z', '2010-10-03T13:19:31.000Z']);
    const [first] = result.parts;
    expect(first.kind === 'movement' && first.times.at(-1)).toBe(Date.UTC(2010, 9, 3, 10, 52, 22));
    expect(bbox(result.parts)).toEqual([14.003989119, 45.451028869, 14.032678027, 45.463080872]);
    expect(warningTexts(result.warnings, 'en')).toEqual(['GPX: 360 of 873 points had no <time> and were dropped']);
    expect(result.assumedTimeZone).toBeUndefined();
  });

  it('joins segments across the gap when maxGapMinutes allows it, never across tracks', () => {
    const result = parseGpx(readFixture('gpx/gpxpy_korita-zbevnica.gpx'), { ...options, maxGapMinutes: 60 });
    expect(result.parts.map((part) => (part.kind === 'movement' ? part.lngLats.length : 1))).toEqual([176, 337]);
  });

  it('rejects Mojstrovka, whose 184 points are all stamped 1901-12-13', () => {
    const error = parseError(() => parseGpx(readFixture('gpx/gpxpy_Mojstrovka.gpx'), options));
    expect(error.message).toBe(
      'GPX track 1 point 1: time "1901-12-13T20:45:52.2073437Z" is before 1990; the device clock was not set',
    );
    expect(error.record).toBe('track 1 point 1');
    expect(error.format).toBe('gpx');
  });

  it('keeps the 5 timed points of cerknicko-without-times', () => {
    const result = parseGpx(readFixture('gpx/gpxpy_cerknicko-without-times.gpx'), options);
    expect(result.pointCount).toBe(5);
    expect(timeRange(result.parts)).toEqual(['2010-08-05T16:22:52.000Z', '2010-08-05T16:23:49.000Z']);
    expect(result.parts[0]).toMatchObject({
      kind: 'movement',
      lngLats: [
        [14.304685453, 45.791314188],
        [14.304628456, 45.791230621],
        [14.30449686, 45.791063821],
        [14.304458722, 45.790961813],
        [14.304442042, 45.790873384],
      ],
    });
    expect(warningTexts(result.warnings, 'en')).toEqual(['GPX: 298 of 303 points had no <time> and were dropped']);
  });
});

describe('parseGpx', () => {
  it('keeps each point with its own time when some points lack one (unlike togeojson gpx())', () => {
    const text = gpx(
      `<trk><trkseg>${point(1, 1, '2020-01-01T00:00:00Z')}${point(2, 2)}${point(3, 3, '2020-01-01T00:02:00Z')}</trkseg></trk>`,
    );
    const result = parseGpx(text, options);
    expect(result.parts).toEqual([
      {
        kind: 'movement',
        lngLats: [
          [1, 1],
          [3, 3],
        ],
        times: [Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 1, 0, 2)],
      },
    ]);
    expect(warningTexts(result.warnings, 'en')).toEqual(['GPX: 1 of 3 points had no <time> and were dropped']);
  });

  it('reads routes with times and timed waypoints (as named zero-length stays)', () => {
    const text = gpx(
      `<wpt lat="25.0477" lon="121.5170"><time>2020-02-16T10:00:00Z</time><name>Taipei Main Station</name></wpt>` +
        `<rte>${point(25.0, 121.5, '2020-02-16T09:00:00Z', 'rtept')}${point(25.01, 121.51, '2020-02-16T09:10:00Z', 'rtept')}</rte>`,
    );
    expect(parseGpx(text, options).parts).toEqual([
      {
        kind: 'movement',
        lngLats: [
          [121.5, 25.0],
          [121.51, 25.01],
        ],
        times: [Date.UTC(2020, 1, 16, 9), Date.UTC(2020, 1, 16, 9, 10)],
      },
      {
        kind: 'stay',
        lngLat: [121.517, 25.0477],
        start: Date.UTC(2020, 1, 16, 10),
        end: Date.UTC(2020, 1, 16, 10),
        place: 'Taipei Main Station',
      },
    ]);
  });

  it('makes each segment and each track a separate run', () => {
    const seg = (t: string) =>
      `<trkseg>${point(1, 1, `2020-01-01T00:0${t}:00Z`)}${point(1.001, 1, `2020-01-01T00:0${t}:30Z`)}</trkseg>`;
    const result = parseGpx(gpx(`<trk>${seg('0')}${seg('1')}</trk><trk>${seg('2')}</trk>`), options);
    expect(result.parts).toHaveLength(3);
    expect(result.parts.every((part) => part.kind === 'movement' && part.lngLats.length === 2)).toBe(true);
  });

  it('sorts unordered points with a warning and drops repeated times', () => {
    const text = gpx(
      `<trk><trkseg>${point(1, 1, '2020-01-01T00:02:00Z')}${point(2, 2, '2020-01-01T00:00:00Z')}${point(3, 3, '2020-01-01T00:00:00Z')}${point(4, 4, '2020-01-01T00:01:00Z')}</trkseg></trk>`,
    );
    const result = parseGpx(text, options);
    expect(result.parts).toEqual([
      {
        kind: 'movement',
        lngLats: [
          [2, 2],
          [4, 4],
          [1, 1],
        ],
        times: [Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 1, 0, 1), Date.UTC(2020, 0, 1, 0, 2)],
      },
    ]);
    expect(warningTexts(result.warnings, 'en')).toEqual([
      'GPX: the points of track 1 were not in time order and have been sorted',
      'GPX: 1 of 4 points of track 1 repeated an earlier time and were dropped',
    ]);
  });

  it('reads times without offset in the given zone and says so', () => {
    const text = gpx(`<trk><trkseg>${point(39.9, 116.3, '2020-02-16T18:00:00')}</trkseg></trk>`);
    const result = parseGpx(text, { now: NOW, timeZone: 'Asia/Shanghai' });
    expect(result.parts[0]).toMatchObject({ start: Date.UTC(2020, 1, 16, 10) });
    expect(result.assumedTimeZone).toBe('Asia/Shanghai');
  });

  it.each([
    [
      gpx(`<trk><trkseg>${point('abc', 1, '2020-01-01T00:00:00Z')}</trkseg></trk>`),
      'GPX track 1 point 1: latitude "abc" is not a number',
    ],
    [
      gpx(`<trk><trkseg>${point(1, 1, '2020-01-01T00:00:00Z')}${point(91, 1, '2020-01-01T00:01:00Z')}</trkseg></trk>`),
      'GPX track 1 point 2: latitude 91 is outside [-90, 90]',
    ],
    [
      gpx(`<trk><trkseg>${point(1, 'Infinity', '2020-01-01T00:00:00Z')}</trkseg></trk>`),
      'GPX track 1 point 1: longitude "Infinity" is not a number',
    ],
    [
      gpx(`<trk><trkseg>${point(1, 181, '2020-01-01T00:00:00Z')}</trkseg></trk>`),
      'GPX track 1 point 1: longitude 181 is outside [-180, 180]',
    ],
    [
      gpx(`<trk><trkseg><trkpt lon="1"><time>2020-01-01T00:00:00Z</time></trkpt></trkseg></trk>`),
      'GPX track 1 point 1: latitude is missing',
    ],
    [gpx(`<rte>${point(1, 1, 'yesterday', 'rtept')}</rte>`), 'GPX route 1 point 1: time "yesterday" is not a date-time'],
    [
      gpx(`<wpt lat="1" lon="1"><time>2026-11-24T00:00:00Z</time></wpt>`),
      'GPX waypoint 1: time "2026-11-24T00:00:00Z" is in the future',
    ],
    [
      gpx(`<trk><trkseg>${point(1, 1)}${point(1, 2)}</trkseg></trk>`),
      'GPX: none of the 2 points has a <time>; a trajectory needs the time of each point',
    ],
    [gpx(`<trk><trkseg></trkseg></trk>`), 'GPX: the file has no track points, route points or waypoints'],
    [
      gpx(`<trk><trkseg>${[0, 1, 2].map((i) => point(1 + i / 1000, 1, '2010-01-01T00:00:00Z')).join('')}</trkseg></trk>`),
      'GPX: all 3 points of track 1 have the same time 01/01/2010, 00:00 UTC; the timestamps are not real',
    ],
    ['<kml></kml>', 'GPX: the root element is <kml>, not <gpx>'],
  ])('rejects bad input with a message naming the record (%#)', (text, message) => {
    expect(parseError(() => parseGpx(text, options)).message).toBe(message);
  });

  it('refuses malformed XML, naming the line, instead of reading part of it', () => {
    const text = `<?xml version="1.0"?>\n<gpx>\n<trk><trkseg>\n${point(1, 1, '2020-01-01T00:00:00Z')}\n</trk>\n</gpx>`;
    const error = parseError(() => parseGpx(text, options));
    expect(error.message).toBe(
      'GPX: the file is not well-formed XML near line 4 (Opening and ending tag mismatch: "trkseg" != "trk")',
    );
    expect(error.line).toBe(4);
    expect(parseError(() => parseGpx(gpx('<wpt lat="1" lon="1"><name>&nbsp;</name></wpt>'), options)).message).toMatch(
      /^GPX: the file is not well-formed XML near line 1 \(entity not found:&nbsp;\)$/,
    );
    expect(parseError(() => parseGpx(`${gpx('')}<extra/>`, options)).message).toMatch(/not well-formed XML/);
    expect(parseError(() => parseGpx('', options)).message).toMatch(/^GPX.*not well-formed XML/);
  });

  it('refuses DOCTYPE and ENTITY declarations (billion laughs, XXE)', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      gpx(`<wpt lat="1" lon="1"><name>&lol2;</name><time>2020-01-01T00:00:00Z</time></wpt>`);
    const xxe = '<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><gpx>&xxe;</gpx>';
    for (const text of [laughs, xxe]) {
      expect(parseError(() => parseGpx(text, options)).message).toBe(
        'GPX: the file contains a <!DOCTYPE> or <!ENTITY> declaration, which is refused for safety; remove it',
      );
    }
  });

  it('refuses more than maxPoints points', () => {
    const text = readFixture('gpx/gpxpy_korita-zbevnica.gpx');
    expect(parseError(() => parseGpx(text, { ...options, maxPoints: 500 })).message).toBe(
      'GPX: the file has more than 500 points; split it into smaller files',
    );
  });

  it('does not mutate the options', () => {
    const given = { ...options, maxGapMinutes: 5 };
    const before = structuredClone(given);
    parseGpx(readFixture('gpx/gpxpy_cerknicko-without-times.gpx'), given);
    expect(given).toEqual(before);
  });

  it('returns a valid trajectory or throws TrajectoryParseError for any input', () => {
    const base = gpx(
      `<trk><trkseg>${point(1, 1, '2020-01-01T00:00:00Z')}${point(1.1, 1, '2020-01-01T00:01:00Z')}</trkseg></trk><wpt lat="2" lon="2"><time>2020-01-01T00:03:00Z</time></wpt>`,
    );
    fc.assert(
      fc.property(arbitraryInput(base), (text) => expectTotal(() => parseGpx(text, options))),
      { numRuns: 300 },
    );
  });
});
