import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors/app-error';
import { renderError } from '../errors/render-error';
import { parseCsv } from './parse-csv';
import { parseGeoJson } from './parse-geojson';
import { parseGpx } from './parse-gpx';
import { placeLabel, recordLabel, TrajectoryParseError } from './parse-error';

function caught(run: () => unknown): TrajectoryParseError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TrajectoryParseError);
    return error as TrajectoryParseError;
  }
  throw new Error('expected a TrajectoryParseError');
}

describe('TrajectoryParseError', () => {
  it('carries a code and parameters that render in either language, with 1-based line numbers', () => {
    const error = caught(() => parseCsv('lon,lat,time\n116.3,abc,2020-02-16T10:00:00Z', { timeZone: 'Asia/Shanghai' }));
    expect(error.code).toBe('parse.not-a-number');
    expect(error.status).toBe(422);
    expect(isAppError(error)).toBe(true);
    expect(error.message).toBe('CSV line 2: latitude "abc" is not a number');
    expect(renderError('en', error.code, error.params)).toBe(error.message);
    expect(renderError('zh-CN', error.code, error.params)).toBe('CSV 文件第 2 行：latitude 的值 "abc" 不是数字');
  });

  it('names GeoJSON features from 1 and GPX points by their track, in both languages', () => {
    const feature = caught(() => parseGeoJson('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"time":"2020-01-01T00:00:00Z"},"geometry":{"type":"Point","coordinates":[200,0]}}]}', { timeZone: 'UTC' }));
    expect(feature.record).toBe('feature 1');
    expect(renderError('zh-CN', feature.code, feature.params)).toBe('GeoJSON 文件第 1 个要素：经度 200 超出 [-180, 180]');
    const gpx = caught(() => parseGpx('<gpx><trk><trkseg><trkpt lat="1" lon="x"><time>2020-01-01T00:00:00Z</time></trkpt></trkseg></trk></gpx>', { timeZone: 'UTC' }));
    expect(gpx.message).toBe('GPX track 1 point 1: longitude "x" is not a number');
    expect(renderError('zh-CN', gpx.code, gpx.params)).toBe('GPX 文件第 1 条轨迹第 1 个点：longitude 的值 "x" 不是数字');
  });

  it('writes times in the reader’s zone, not UTC', () => {
    const error = caught(() => parseCsv('lon,lat,start,end\n116.3,39.9,2020-02-16T10:00:00Z,2020-02-16T09:00:00Z', { timeZone: 'UTC' }));
    expect(error.code).toBe('parse.ends-before-start');
    expect(renderError('zh-CN', error.code, error.params, 'Asia/Shanghai')).toBe('CSV 文件第 2 行：结束时间（2020/02/16 17:00 GMT+8）早于开始时间（2020/02/16 18:00 GMT+8）');
  });

  it('says 413 through its code when a file has too many points', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `116.3,39.9,2020-02-16T10:0${i}:00Z`).join('\n');
    const error = caught(() => parseCsv(`lon,lat,time\n${rows}`, { timeZone: 'UTC', maxPoints: 3 }));
    expect([error.code, error.status]).toEqual(['parse.too-many-points', 413]);
  });
});

describe('labels', () => {
  it('render places and record paths in both languages', () => {
    expect(placeLabel('csv', { line: 7 })).toEqual({ 'zh-CN': 'CSV 文件第 7 行', en: 'CSV line 7' });
    expect(recordLabel([{ kind: 'placemark', n: 2, name: 'Market' }])).toEqual({ 'zh-CN': '第 2 个地标（"Market"）', en: 'placemark 2 ("Market")' });
    expect(recordLabel([{ kind: 'case', name: 'C1' }])).toEqual({ 'zh-CN': '病例 "C1" 的点', en: 'the points of case "C1"' });
  });
});
