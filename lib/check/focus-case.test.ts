import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { focusTrackFeatures, readCaseParam } from './focus-case';

describe('readCaseParam', () => {
  it('reads a case code, trimmed, and the first of repeated parameters', () => {
    expect(readCaseParam(' C-009 ')).toEqual({ code: 'C-009', isWellFormed: true });
    expect(readCaseParam(['C-1', 'C-2'])).toEqual({ code: 'C-1', isWellFormed: true });
  });

  it('is undefined without a parameter', () => {
    expect(readCaseParam(undefined)).toBeUndefined();
    expect(readCaseParam('  ')).toBeUndefined();
  });

  it('flags text that cannot be a case code, shortened, so it is shown but never looked up', () => {
    expect(readCaseParam('<b>x</b>')).toEqual({ code: '<b>x</b>', isWellFormed: false });
    expect(readCaseParam('x'.repeat(100))).toEqual({ code: 'x'.repeat(40), isWellFormed: false });
  });
});

describe('focusTrackFeatures', () => {
  it('keeps geometry, place and times, adds the case code and drops anything else', () => {
    const track: FeatureCollection<Point, { seq: number; place: string | null; start: string; end: string }> = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 5, geometry: { type: 'Point', coordinates: [126.9, 37.5] }, properties: { seq: 1, place: 'Store', start: 'a', end: 'b' } }],
    };
    const before = structuredClone(track);
    expect(focusTrackFeatures('C-9', track).features).toEqual([
      { type: 'Feature', id: 5, geometry: { type: 'Point', coordinates: [126.9, 37.5] }, properties: { caseCode: 'C-9', place: 'Store', start: 'a', end: 'b' } },
    ]);
    expect(track).toEqual(before);
  });
});
