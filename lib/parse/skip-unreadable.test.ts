import { describe, expect, it } from 'vitest';
import { renderError } from '../errors/render-error';
import { parseCaseTracks } from './parse-case-tracks';
import { parseTrajectoryFile } from './parse-trajectory';
import type { ParsedTrajectory } from './types';
import { NOW, parseError } from './test-support';
import { warningTexts } from './warning-text';

/**
 * A resident's file with a few unreadable records is checked without them, and says so; one with too many, or
 * with nothing else, is refused. Published case data keeps refusing at the first bad record.
 */
const shanghai = { now: NOW, timeZone: 'Asia/Shanghai' };
const START = Date.UTC(2020, 2, 7, 1, 0);
const at = (i: number) => new Date(START + i * 60_000).toISOString();
const lng = (i: number) => 121.4 + i * 1e-5;

/** `count` timed points, one a minute; the 1-based records in `bad` carry a latitude that is not a number. */
function geoJsonPoints(count: number, bad: readonly number[]): string {
  const features = Array.from({ length: count }, (_, i) => ({
    type: 'Feature',
    properties: { time: at(i) },
    geometry: { type: 'Point', coordinates: [lng(i), bad.includes(i + 1) ? 'abc' : 31.2] },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

function csvRows(count: number, bad: readonly number[]): string {
  const rows = Array.from({ length: count }, (_, i) => `${lng(i)},${bad.includes(i + 1) ? 'abc' : 31.2},${at(i)}`);
  return ['lon,lat,time', ...rows].join('\n');
}

function gpxPoints(count: number, bad: readonly number[]): string {
  const points = Array.from({ length: count }, (_, i) => `<trkpt lat="${bad.includes(i + 1) ? 'abc' : 31.2}" lon="${lng(i)}"><time>${at(i)}</time></trkpt>`);
  return `<gpx version="1.1"><trk><trkseg>${points.join('')}</trkseg></trk></gpx>`;
}

function kmlPlacemarks(count: number, bad: readonly number[]): string {
  const placemarks = Array.from(
    { length: count },
    (_, i) => `<Placemark><TimeStamp><when>${bad.includes(i + 1) ? '2020-03-07T19.45:00' : at(i)}</when></TimeStamp><Point><coordinates>${lng(i)},31.2</coordinates></Point></Placemark>`,
  );
  return `<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks.join('')}</Document></kml>`;
}

function googleRecords(count: number, bad: readonly number[]): string {
  const locations = Array.from({ length: count }, (_, i) => ({ latitudeE7: bad.includes(i + 1) ? 'north' : 312_000_000, longitudeE7: Math.round(lng(i) * 1e7), timestamp: at(i) }));
  return JSON.stringify({ locations });
}

function googleTimeline(count: number, bad: readonly number[]): string {
  const timelineObjects = Array.from({ length: count }, (_, i) => ({
    placeVisit: {
      location: { latitudeE7: 312_000_000, longitudeE7: Math.round(lng(i) * 1e7) },
      duration: bad.includes(i + 1) ? { startTimestamp: at(i) } : { startTimestamp: at(2 * i), endTimestamp: at(2 * i + 1) },
    },
  }));
  return JSON.stringify({ timelineObjects });
}

function reasonOf(parsed: ParsedTrajectory, locale: 'en' | 'zh-CN'): string | undefined {
  const first = parsed.skippedRecords?.first;
  return first && renderError(locale, first.code, first.params, 'Asia/Shanghai');
}

describe('a resident file with an unreadable record', () => {
  it('a 4,119-feature GeoJSON with one bad feature is read without it, naming it in both languages', () => {
    const parsed = parseTrajectoryFile(geoJsonPoints(4119, [2470]), { ...shanghai, fileName: 'walk.geojson' });
    expect(parsed.skippedRecords).toMatchObject({ count: 1, total: 4119 });
    expect(parsed.pointCount).toBe(4118);
    expect(reasonOf(parsed, 'en')).toBe('GeoJSON feature 2470: latitude "abc" is not a number');
    expect(reasonOf(parsed, 'zh-CN')).toBe('GeoJSON 文件第 2470 个要素：latitude 的值 "abc" 不是数字');
    expect(warningTexts(parsed.warnings, 'en')).toContain('GeoJSON: 1 of 4119 records could not be read and were skipped; the first: GeoJSON feature 2470: latitude "abc" is not a number');
    // Coded, so the page and the API say it in the reader's language.
    expect(parsed.warnings.map((w) => w.code)).toContain('parse.warning-records-unreadable');
    expect(warningTexts(parsed.warnings, 'zh-CN')).toContain('GeoJSON 文件：4119 条记录中有 1 条无法读取，已跳过；第一处：GeoJSON 文件第 2470 个要素：latitude 的值 "abc" 不是数字');
  });

  it.each([
    ['CSV rows', 'walk.csv', csvRows(30, [12]), 'CSV line 13: latitude "abc" is not a number', 30],
    ['GPX points', 'walk.gpx', gpxPoints(30, [5]), 'GPX track 1 point 5: latitude "abc" is not a number', 30],
    ['KML placemarks', 'walk.kml', kmlPlacemarks(30, [9]), 'KML placemark 9: TimeStamp "2020-03-07T19.45:00" is not a date-time', 30],
    ['Google Records.json locations', 'Records.json', googleRecords(30, [3]), 'Google location history location 3: latitudeE7 "north" is not a number', 30],
  ])('%s: one of 30 unreadable is skipped and named', (_, fileName, text, reason, total) => {
    const parsed = parseTrajectoryFile(text, { ...shanghai, fileName });
    expect(parsed.skippedRecords).toMatchObject({ count: 1, total });
    expect(reasonOf(parsed, 'en')).toBe(reason);
    expect(parsed.pointCount).toBe(total - 1);
  });

  it('a Google timeline object without an end is skipped whole, leaving no half of it behind', () => {
    const parsed = parseTrajectoryFile(googleTimeline(12, [4]), { ...shanghai, fileName: '2020_MARCH.json' });
    expect(parsed.skippedRecords).toMatchObject({ count: 1, total: 12 });
    expect(reasonOf(parsed, 'en')).toBe('Google location history timeline object 4: endTimestamp is missing');
    expect(parsed.parts).toHaveLength(11);
    expect(parsed.parts.some((part) => part.kind === 'stay' && part.lngLat[0] === lng(3))).toBe(false);
  });

  it('a file with no unreadable record has no skippedRecords', () => {
    expect(parseTrajectoryFile(csvRows(5, []), { ...shanghai, fileName: 'walk.csv' }).skippedRecords).toBeUndefined();
  });
});

describe('a resident file with too little left is refused', () => {
  it('more than a tenth unreadable: a coded error counting them and quoting the first, in both languages', () => {
    const error = parseError(() => parseTrajectoryFile(csvRows(20, [4, 9, 15]), { ...shanghai, fileName: 'walk.csv' }));
    expect(error.code).toBe('parse.too-many-unreadable');
    expect(error.line).toBe(5);
    expect(renderError('en', error.code, error.params)).toBe(
      'CSV: 3 of 20 records could not be read, too many to check the rest without missing much of the trip. The first: CSV line 5: latitude "abc" is not a number',
    );
    expect(renderError('zh-CN', error.code, error.params)).toBe(
      'CSV 文件：20 条记录中有 3 条无法读取，太多了，只比对其余部分会漏掉不少行程。第一处：CSV 文件第 5 行：latitude 的值 "abc" 不是数字',
    );
  });

  it('exactly a tenth unreadable is still checked', () => {
    expect(parseTrajectoryFile(csvRows(20, [4, 9]), { ...shanghai, fileName: 'walk.csv' }).skippedRecords?.count).toBe(2);
  });

  it('one bad record of a short file is refused with its own error', () => {
    expect(parseError(() => parseTrajectoryFile(gpxPoints(5, [2]), { ...shanghai, fileName: 'walk.gpx' })).message).toBe(
      'GPX track 1 point 2: latitude "abc" is not a number',
    );
  });

  it('nothing readable: the first record’s own error', () => {
    const error = parseError(() => parseTrajectoryFile(geoJsonPoints(3, [1, 2, 3]), { ...shanghai, fileName: 'walk.geojson' }));
    expect(error.message).toBe('GeoJSON feature 1: latitude "abc" is not a number');
  });
});

describe('published case data', () => {
  it('a case GPX is refused at its first unreadable point, however long', () => {
    const error = parseError(() => parseCaseTracks(gpxPoints(30, [5]), { ...shanghai, fileName: 'case.gpx', caseCode: 'C-1' }));
    expect(error.message).toBe('GPX track 1 point 5: latitude "abc" is not a number');
  });
});
