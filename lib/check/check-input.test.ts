import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { renderError } from '@/lib/errors/render-error';
import { CHECK_LIMITS, readCheckTrajectory, readRule } from './check-input';

const sample = (name: string) => fs.readFileSync(path.join(__dirname, '../../e2e/fixtures', name), 'utf8');
const TZ = 'Asia/Shanghai';

/** The AppError a run throws; its status comes from its code, and `en` is its English rendering. */
function expectCheckError(run: () => unknown, status: number, en: RegExp, code?: string): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.status).toBe(status);
    if (code) expect(appError.code).toBe(code);
    expect(renderError('en', appError.code, appError.params, TZ)).toMatch(en);
    return appError;
  }
  throw new Error('expected an AppError');
}

describe('readCheckTrajectory', () => {
  it('reads the same sample day from GPX, CSV and GeoJSON', () => {
    const gpx = readCheckTrajectory({ kind: 'file', text: sample('resident-overlap.gpx'), fileName: 'day.gpx' }, { timeZone: TZ });
    const csv = readCheckTrajectory({ kind: 'file', text: sample('resident-overlap.csv'), fileName: 'day.csv' }, { timeZone: TZ });
    const geojson = readCheckTrajectory({ kind: 'geojson', value: JSON.parse(sample('resident-overlap.geojson')) }, { timeZone: TZ });
    expect([gpx.format, csv.format, geojson.format]).toEqual(['gpx', 'csv', 'geojson']);
    expect(gpx.pointCount).toBe(104);
    expect(csv.pointCount).toBe(104);
    expect(geojson.pointCount).toBe(104);
  });

  it('answers 422 naming the line for an unreadable file', () => {
    const broken = 'lon,lat,time\n126.9,37.5,2020-03-07T01:00:00Z\n126.9,abc,2020-03-07T01:01:00Z\n';
    const error = expectCheckError(() => readCheckTrajectory({ kind: 'file', text: broken, fileName: 'x.csv' }, { timeZone: TZ }), 422, /line 3/, 'parse.not-a-number');
    expect(renderError('zh-CN', error.code, error.params)).toBe('CSV 文件第 3 行：latitude 的值 "abc" 不是数字');
    expect(error.details).toEqual({ format: 'csv', line: 3 });
  });

  it('answers 422 for GeoJSON that is not a trajectory', () => {
    expectCheckError(() => readCheckTrajectory({ kind: 'geojson', value: { type: 'Point', coordinates: [0, 0] } }, { timeZone: TZ }), 422, /./);
    expectCheckError(() => readCheckTrajectory({ kind: 'geojson', value: 42 }, { timeZone: TZ }), 422, /./);
  });

  it('answers 413 past the point limit', () => {
    const limits = { ...CHECK_LIMITS, maxPoints: 50 };
    expectCheckError(() => readCheckTrajectory({ kind: 'file', text: sample('resident-overlap.gpx'), fileName: 'd.gpx' }, { timeZone: TZ, limits }), 413, /50/, 'parse.too-many-points');
  });

  it('refuses a trajectory spanning more than 60 days', () => {
    const csv = ['lon,lat,time', '126.9,37.5,2020-01-01T00:00:00Z', '126.9,37.5,2020-03-15T00:00:00Z'].join('\n');
    const error = expectCheckError(() => readCheckTrajectory({ kind: 'file', text: csv, fileName: 'x.csv' }, { timeZone: TZ }), 422, /spans 74\.0 days \(01\/01\/2020, 08:00 GMT\+8 to 15\/03\/2020, 08:00 GMT\+8\).*at most 60/, 'trajectory.span-too-long');
    expect(renderError('zh-CN', error.code, error.params, TZ)).toBe('轨迹跨越 74.0 天（2020/01/01 08:00 GMT+8 至 2020/03/15 08:00 GMT+8），一次比对最多 60 天，请拆分文件。');
  });
});

describe('readRule', () => {
  it('defaults to 100 m, same time, any duration', () => {
    expect(readRule(undefined).rule).toEqual({ mode: 'distance', distanceMeters: 100, toleranceMinutes: 0, minOverlapMinutes: 0, maxGapMinutes: 30 });
  });

  it('resolves presets and remembers the name', () => {
    expect(readRule({ preset: 'same-place' })).toMatchObject({ preset: 'same-place', rule: { distanceMeters: 50, minOverlapMinutes: 15 } });
    expect(readRule({ preset: 'companion' }).rule.mode).toBe('companion');
  });

  it.each([
    [{ preset: 'nearby' }, /rule\.preset is invalid: must be one of same-place, after-case, companion/, 'check.rule-invalid'],
    [{ distanceMeters: -5 }, /rule\.distanceMeters is invalid: must be at least 0/, 'check.rule-invalid'],
    [{ distanceMeters: '50' }, /rule\.distanceMeters is invalid: must be a number/, 'check.rule-invalid'],
    [{ distanceMeters: 50, radius: 3 }, /unknown fields: radius/, 'check.rule-invalid'],
    ['same-place', /must be an object/, 'check.rule-not-object'],
  ])('answers 400 for %j', (input, message, code) => {
    expectCheckError(() => readRule(input), 400, message, code);
  });

  it('names the field and the reason in Chinese', () => {
    const error = expectCheckError(() => readRule({ distanceMeters: -5 }), 400, /distanceMeters/);
    expect(renderError('zh-CN', error.code, error.params)).toBe('比对规则的 rule.distanceMeters 无效：不能小于 0');
  });
});
