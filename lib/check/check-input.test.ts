import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_LIMITS, CheckInputError, readCheckTrajectory, readRule } from './check-input';

const sample = (name: string) => fs.readFileSync(path.join(__dirname, '../../e2e/fixtures', name), 'utf8');
const TZ = 'Asia/Shanghai';

function expectCheckError(run: () => unknown, status: number, message: RegExp) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CheckInputError);
    expect((error as CheckInputError).status).toBe(status);
    expect((error as CheckInputError).message).toMatch(message);
    return;
  }
  throw new Error('expected a CheckInputError');
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
    expectCheckError(() => readCheckTrajectory({ kind: 'file', text: broken, fileName: 'x.csv' }, { timeZone: TZ }), 422, /line 3/);
  });

  it('answers 422 for GeoJSON that is not a trajectory', () => {
    expectCheckError(() => readCheckTrajectory({ kind: 'geojson', value: { type: 'Point', coordinates: [0, 0] } }, { timeZone: TZ }), 422, /./);
    expectCheckError(() => readCheckTrajectory({ kind: 'geojson', value: 42 }, { timeZone: TZ }), 422, /./);
  });

  it('answers 413 past the point limit', () => {
    const limits = { ...CHECK_LIMITS, maxPoints: 50 };
    expectCheckError(() => readCheckTrajectory({ kind: 'file', text: sample('resident-overlap.gpx'), fileName: 'd.gpx' }, { timeZone: TZ, limits }), 413, /50/);
  });

  it('refuses a trajectory spanning more than 60 days', () => {
    const csv = ['lon,lat,time', '126.9,37.5,2020-01-01T00:00:00Z', '126.9,37.5,2020-03-15T00:00:00Z'].join('\n');
    expectCheckError(() => readCheckTrajectory({ kind: 'file', text: csv, fileName: 'x.csv' }, { timeZone: TZ }), 422, /spans 74\.0 days.*at most 60/);
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
    [{ preset: 'nearby' }, /rule\.preset/],
    [{ distanceMeters: -5 }, /rule\.distanceMeters/],
    [{ distanceMeters: '50' }, /rule\.distanceMeters/],
    [{ distanceMeters: 50, radius: 3 }, /rule/],
    ['same-place', /rule/],
  ])('answers 400 for %j', (input, message) => {
    expectCheckError(() => readRule(input), 400, message);
  });
});
