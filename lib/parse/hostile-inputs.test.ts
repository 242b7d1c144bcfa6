import { describe, expect, it } from 'vitest';
import { parseTrajectoryFile } from './parse-trajectory';
import { parseCaseTracks } from './parse-case-tracks';
import { TrajectoryParseError } from './parse-error';
import { warningTexts } from './warning-text';

/*
 * A corpus of hostile and broken inputs, run against both entry points: each either parses to valid data
 * or is refused with a TrajectoryParseError carrying a message — never another exception, never a hang.
 */

const NOW = Date.parse('2026-11-23T00:00:00Z');
const options = { timeZone: 'Asia/Shanghai', now: NOW };

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<gpx><trk><name>&lol3;</name><trkseg><trkpt lat="1" lon="1"><time>2020-01-01T00:00:00Z</time></trkpt></trkseg></trk></gpx>`;

const externalEntity = `<?xml version="1.0"?>
<!DOCTYPE kml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<kml><Placemark><name>&xxe;</name><TimeStamp><when>2020-01-01T00:00:00Z</when></TimeStamp><Point><coordinates>1,1</coordinates></Point></Placemark></kml>`;

const gpxPoint = (lat: string, lon: string, time: string) => `<trkpt lat="${lat}" lon="${lon}"><time>${time}</time></trkpt>`;
const gpx = (points: string) => `<?xml version="1.0"?><gpx version="1.1"><trk><trkseg>${points}</trkseg></trk></gpx>`;

const corpus: [label: string, fileName: string, text: string, expected: RegExp][] = [
  ['XML entity expansion (billion laughs)', 'lol.gpx', billionLaughs, /DOCTYPE|entit/i],
  ['an external entity (XXE)', 'xxe.kml', externalEntity, /DOCTYPE|entit/i],
  ['a truncated GPX', 'cut.gpx', gpx(gpxPoint('39.9', '116.3', '2020-01-01T00:00:00Z')).slice(0, 80), /GPX/],
  ['a truncated KML', 'cut.kml', '<kml><Placemark><TimeStamp><when>2020-01-01', /KML/],
  ['truncated JSON', 'cut.geojson', '{"type":"FeatureCollection","features":[{"type":"Feature"', /JSON|GeoJSON/],
  ['a CSV with a missing column', 'short.csv', 'lon,lat,time\n116.3,39.9\n', /line 2/],
  ['NaN coordinates', 'nan.gpx', gpx(gpxPoint('NaN', '116.3', '2020-01-01T00:00:00Z')), /latitude/],
  ['an out-of-range latitude', 'far.csv', 'lon,lat,time\n116.3,95,2020-01-01T00:00:00Z\n', /latitude/],
  ['an out-of-range longitude', 'far.geojson', JSON.stringify({ type: 'Feature', properties: { coordTimes: ['2020-01-01T00:00:00Z', '2020-01-01T00:01:00Z'] }, geometry: { type: 'LineString', coordinates: [[1e9, 1], [1, 1]] } }), /longitude|coordinate|range/i],
  ['a time in the year 0', 'zero.csv', 'lon,lat,time\n116.3,39.9,0000-01-01T00:00:00Z\n', /time|date|1990/i],
  ['a time in the year 9999', 'future.csv', 'lon,lat,time\n116.3,39.9,9999-12-31T00:00:00Z\n', /future|time/i],
  ['an unreadable time', 'garbage.csv', 'lon,lat,time\n116.3,39.9,yesterday\n', /line 2/],
  ['an empty file', 'empty.gpx', '', /empty|no|GPX/i],
  ['binary junk', 'junk.gpx', '\u0000\u0001\u0002PK\u0003\u0004', /./],
  ['HTML pretending to be GPX', 'page.gpx', '<!doctype html><html><script>alert(1)</script></html>', /./],
];

describe('hostile and broken trajectory files', () => {
  it.each(corpus)('refuses %s with a clear message', (_label, fileName, text, expected) => {
    let caught: unknown;
    try {
      parseTrajectoryFile(text, { ...options, fileName });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TrajectoryParseError);
    expect((caught as Error).message).toMatch(expected);
  });

  it.each(corpus)('refuses %s as a case file too, with a TrajectoryParseError', (_label, fileName, text) => {
    expect(() => parseCaseTracks(text, { ...options, fileName })).toThrow(TrajectoryParseError);
  });

  it('keeps script and markup in names as plain text (rendering decides, and renders text)', () => {
    const hostileName = '<img src=x onerror=alert(1)>"; DROP TABLE cases; --';
    const csv = `caseCode,place,lon,lat,start,end\nC-1,"${hostileName.replace(/"/g, '""')}",116.3,39.9,2020-01-01T08:00:00+08:00,2020-01-01T09:00:00+08:00\n`;
    const [track] = parseCaseTracks(csv, { ...options, fileName: 'cases.csv' }).tracks;
    expect(track.parts[0].place).toBe(hostileName);
  });

  it('sorts unordered times with a warning rather than building a backwards track', () => {
    const csv = 'lon,lat,time\n116.30,39.9,2020-01-01T00:10:00Z\n116.31,39.9,2020-01-01T00:00:00Z\n116.32,39.9,2020-01-01T00:05:00Z\n';
    const parsed = parseTrajectoryFile(csv, { ...options, fileName: 'x.csv' });
    const [movement] = parsed.parts;
    expect(movement.kind === 'movement' && movement.times).toEqual([
      Date.parse('2020-01-01T00:00:00Z'),
      Date.parse('2020-01-01T00:05:00Z'),
      Date.parse('2020-01-01T00:10:00Z'),
    ]);
    expect(warningTexts(parsed.warnings, 'en').join(' ')).toMatch(/order|sort/i);
  });
});
