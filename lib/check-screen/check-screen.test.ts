import { describe, expect, it } from 'vitest';
import type { CheckAnswer } from '../check/check-answer';
import type { Coverage } from '../check/coverage';
import { checkMapData } from './check-map-data';
import { checkScreenReducer, initialCheckScreenState } from './check-screen-state';
import { coverageLines } from './coverage-lines';
import { INITIAL_RULE_CHOICE, ruleFieldError, ruleInputOf } from './rule-choice';
import type { CheckResultState } from './types';

const coverage = (status: Coverage['status'], gaps: Partial<Coverage['gaps']> = {}): Coverage => ({
  status,
  casesCompared: 2,
  dataFrom: '2020-03-01T00:00:00.000Z',
  dataTo: '2020-03-10T00:00:00.000Z',
  area: [126.8, 37.5, 126.9, 37.6],
  gaps: { isBeforeData: false, isAfterData: false, isOutsideArea: false, ...gaps },
});
const answer = (overrides: Partial<CheckAnswer> = {}): CheckAnswer => ({ overlaps: [], zones: [], coverage: coverage('covered'), droppedPoints: 0, skippedRecords: 0, assumedTimeZone: null, advice: ['no-overlap'], ...overrides });
const result = (a: CheckAnswer): CheckResultState => ({
  answer: a,
  mode: 'private',
  caseTracks: [{ caseCode: 'C-1', parts: [{ kind: 'stay', lngLat: [126.85, 37.55], start: 0, end: 60_000 }] }, { caseCode: 'C-2', parts: [] }],
  given: { parts: [{ kind: 'movement', lngLats: [[126.85, 37.55], [126.86, 37.56]], times: [0, 600_000] }] },
  timeZone: 'Asia/Shanghai',
});

describe('rule choice', () => {
  it('stands for a preset, or for the typed numbers', () => {
    expect(ruleInputOf(INITIAL_RULE_CHOICE)).toEqual({ preset: 'same-place' });
    expect(ruleInputOf({ ...INITIAL_RULE_CHOICE, isCustom: true })).toEqual({ distanceMeters: 50, toleranceMinutes: 0, minOverlapMinutes: 15 });
  });

  it('names the first field the API would refuse, with its range from the API schema', () => {
    expect(ruleFieldError(INITIAL_RULE_CHOICE)).toBeNull();
    const custom = { distanceMeters: '-5', toleranceMinutes: '0', minOverlapMinutes: '15' };
    expect(ruleFieldError({ ...INITIAL_RULE_CHOICE, isCustom: true, custom })).toEqual({ field: 'distanceMeters', min: 0, max: 5000 });
    expect(ruleFieldError({ ...INITIAL_RULE_CHOICE, isCustom: true, custom: { ...custom, distanceMeters: '50', minOverlapMinutes: '' } })).toMatchObject({ field: 'minOverlapMinutes' });
  });
});

describe('checkScreenReducer', () => {
  it('clears the selection when a check starts and counts finished checks', () => {
    let state = initialCheckScreenState();
    state = checkScreenReducer(state, { type: 'check-started' });
    expect(state.status).toEqual({ kind: 'checking', stage: 'cases' });
    state = checkScreenReducer(state, { type: 'check-stage', stage: 'compare' });
    expect(state.status).toEqual({ kind: 'checking', stage: 'compare' });
    state = checkScreenReducer(state, { type: 'check-finished', result: result(answer()) });
    expect(state).toMatchObject({ status: { kind: 'idle' }, resultCount: 1, selected: null });
  });

  it('ignores a stage report after the check ended and a selection outside the result', () => {
    const idle = initialCheckScreenState();
    expect(checkScreenReducer(idle, { type: 'check-stage', stage: 'compare' })).toBe(idle);
    const done = checkScreenReducer(idle, { type: 'check-finished', result: result(answer()) });
    expect(checkScreenReducer(done, { type: 'overlap-selected', index: 0 }).selected).toBeNull();
  });

  it('keeps feedback by key and does not mutate the previous state', () => {
    const state = initialCheckScreenState({ a: 'me' });
    const next = checkScreenReducer(state, { type: 'feedback-given', key: 'b', value: 'not-me' });
    expect(next.feedback).toEqual({ a: 'me', b: 'not-me' });
    expect(state.feedback).toEqual({ a: 'me' });
  });
});

describe('coverageLines', () => {
  const trip = { from: 0, to: 1 };
  it('says only what the data covers for a covered trip', () => {
    expect(coverageLines(coverage('covered'), trip)).toEqual([{ key: 'coverageData', from: '2020-03-01T00:00:00.000Z', to: '2020-03-10T00:00:00.000Z' }]);
  });

  it('lists the parts not compared for a partial trip, then the data and the trip', () => {
    const lines = coverageLines(coverage('partial', { isBeforeData: true, isOutsideArea: true }), trip);
    expect(lines.map((l) => l.key)).toEqual(['coveragePartial', 'coverageData', 'coverageTrip']);
    expect(lines[0]).toEqual({ key: 'coveragePartial', gaps: [{ key: 'coverageGapBefore', from: '2020-03-01T00:00:00.000Z' }, { key: 'coverageGapOutside' }] });
  });

  it('says why a trip got none: its days, its area, both, or no case in its time', () => {
    const keys = (gaps: Partial<Coverage['gaps']>) => coverageLines(coverage('none', gaps), trip).map((l) => l.key);
    expect(keys({ isBeforeData: true })).toEqual(['coverageNoneDays', 'coverageData', 'coverageTrip']);
    expect(keys({ isOutsideArea: true })).toEqual(['coverageNoneArea', 'coverageData', 'coverageTrip']);
    expect(keys({ isAfterData: true, isOutsideArea: true })).toEqual(['coverageNoneDaysArea', 'coverageData', 'coverageTrip']);
    expect(keys({})).toEqual(['coverageNoneCases', 'coverageData', 'coverageTrip']);
  });

  it('says no data has been published when there is none', () => {
    expect(coverageLines({ ...coverage('none'), dataFrom: null, dataTo: null, area: null }, trip).map((l) => l.key)).toEqual(['coverageNoData', 'coverageTrip']);
  });
});

describe('checkMapData', () => {
  it('draws the overlapped cases, each overlap by its index, and the data area', () => {
    const overlap = { caseCode: 'C-1', from: '1970-01-01T00:00:00.000Z', to: '1970-01-01T00:05:00.000Z', minutes: 5, minDistanceMeters: 3, closest: [126.85, 37.55] as [number, number], place: null, caseFrom: null, caseTo: null, timing: 'same-time' as const };
    const data = checkMapData(result(answer({ overlaps: [overlap] })), undefined);
    expect(new Set(data.caseTracks.features.map((f) => f.properties?.caseCode))).toEqual(new Set(['C-1']));
    expect(data.overlaps.features.map((f) => f.id)).toEqual([0]);
    expect(data.overlaps.features[0].geometry.type).toBe('LineString');
    expect(data.coverageArea.features).toHaveLength(1);
    expect(data.bounds).toEqual([126.85, 37.55, 126.86, 37.56]);
  });

  it('draws nothing before a check without a focus case', () => {
    expect(checkMapData(null, undefined)).toMatchObject({ bounds: null, overlaps: { features: [] } });
  });
});
