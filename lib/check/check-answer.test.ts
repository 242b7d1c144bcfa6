import { describe, expect, it } from 'vitest';
import type { ZoneFeatureCollection } from '../geo/zone-visits';
import { buildCaseIndex } from '../overlap/build-case-index';
import { PRESETS } from '../overlap/rule';
import type { CaseTrack, TrajectoryPart } from '../trajectory/types';
import { findOverlaps } from '../overlap/find-overlaps';
import type { OverlapRule } from '../overlap/rule';
import { withCaseTimes } from './case-time-there';
import { answerCheck as answerFromOverlaps, type CheckData, type TrajectoryFacts } from './check-answer';
import { caseTrackSpans, type CoverageBasis } from './coverage';

const at = (iso: string) => Date.parse(iso);
const shop: [number, number] = [126.98, 37.56];
const cases: CaseTrack[] = [{ caseCode: 'C-1', parts: [{ kind: 'stay', lngLat: shop, start: at('2020-03-07T01:00Z'), end: at('2020-03-07T02:00Z'), place: 'Shop' }] }];
const basis: CoverageBasis = { caseCount: 1, dataFrom: '2020-03-07T01:00:00.000Z', dataTo: '2020-03-07T02:00:00.000Z', area: [126.9, 37.5, 127.1, 37.6], areaSource: 'communities' };
const square = (lng: number, lat: number, d: number) => [[[lng - d, lat - d], [lng + d, lat - d], [lng + d, lat + d], [lng - d, lat + d], [lng - d, lat - d]]];
const zones: ZoneFeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 7, properties: { name: 'Block 7', kind: 'sealed', effectiveFrom: '2020-03-01T00:00:00.000Z' }, geometry: { type: 'Polygon', coordinates: square(shop[0], shop[1], 0.001) } },
    // Same name, lifted before the visit: must not be matched by name.
    { type: 'Feature', id: 8, properties: { name: 'Block 7', kind: 'controlled', effectiveFrom: '2020-01-01T00:00:00.000Z', liftedAt: '2020-02-01T00:00:00.000Z' }, geometry: { type: 'Polygon', coordinates: square(shop[0], shop[1], 0.001) } },
  ],
};
const index = buildCaseIndex(cases);
const data = { caseSpans: caseTrackSpans(cases), basis, zones };
/** The engine's overlaps with the case times (as the check worker gives them), then the answer. */
const answerCheck = (parts: TrajectoryPart[], checkData: CheckData, rule: OverlapRule, facts?: TrajectoryFacts) =>
  answerFromOverlaps(parts, withCaseTimes(index, findOverlaps(parts, index, rule), rule), checkData, rule, facts);
const stay = (start: string, end: string): TrajectoryPart[] => [{ kind: 'stay', lngLat: [shop[0], shop[1] + 0.0001], start: at(start), end: at(end) }];

describe('answerCheck', () => {
  it('answers a same-time overlap in a sealed zone with the case time, the zone by id, coverage and advice', () => {
    const answer = answerCheck(stay('2020-03-07T01:30Z', '2020-03-07T02:00Z'), data, PRESETS['same-place'].rule, { droppedPoints: 3, assumedTimeZone: 'Asia/Seoul' });
    expect(answer.overlaps).toHaveLength(1);
    expect(answer.overlaps[0]).toMatchObject({ caseCode: 'C-1', place: 'Shop', caseFrom: '2020-03-07T01:00:00.000Z', caseTo: '2020-03-07T02:00:00.000Z', timing: 'same-time' });
    expect(answer.zones).toEqual([{ zoneId: '7', name: 'Block 7', kind: 'sealed', from: '2020-03-07T01:30:00.000Z', to: '2020-03-07T02:00:00.000Z', since: '2020-03-01T00:00:00.000Z' }]);
    expect(answer.coverage).toMatchObject({ status: 'covered', casesCompared: 1 });
    expect(answer.droppedPoints).toBe(3);
    expect(answer.assumedTimeZone).toBe('Asia/Seoul');
    expect(answer.advice).toEqual(['stay-home-sealed', 'report', 'test', 'watch-health', 'confirm-each']);
  });

  it('marks a visit after the case left as after-case, with the case time before the resident time', () => {
    const answer = answerCheck(stay('2020-03-07T03:00Z', '2020-03-07T03:30Z'), data, PRESETS['after-case'].rule);
    expect(answer.overlaps[0]).toMatchObject({ timing: 'after-case', caseTo: '2020-03-07T02:00:00.000Z' });
    expect(answer.advice).toContain('after-case');
    expect(answer.assumedTimeZone).toBeNull();
    expect(answer.droppedPoints).toBe(0);
  });

  it('says no data rather than no overlap for a trip in another year', () => {
    const answer = answerCheck(stay('2008-10-01T01:00Z', '2008-10-01T02:00Z'), data, PRESETS['same-place'].rule);
    expect(answer.overlaps).toEqual([]);
    expect(answer.coverage.status).toBe('none');
    expect(answer.advice).toEqual(['no-data']);
  });

  it('walks only the zones whose boxes meet the trajectory when boxes are given', () => {
    const far: [number, number, number, number] = [0, 0, 1, 1];
    const answer = answerCheck(stay('2020-03-07T01:30Z', '2020-03-07T02:00Z'), { ...data, zoneBoxes: [far, far] }, PRESETS['same-place'].rule);
    expect(answer.zones).toEqual([]);
  });
});

describe('overlapReportOf', () => {
  it('keeps only the fields a report carries', async () => {
    const { overlapReportOf } = await import('./format-result');
    const [overlap] = answerCheck(stay('2020-03-07T01:30Z', '2020-03-07T02:00Z'), data, PRESETS['same-place'].rule).overlaps;
    expect(Object.keys(overlapReportOf(overlap)).sort()).toEqual(['caseCode', 'closest', 'from', 'minDistanceMeters', 'minutes', 'place', 'to']);
  });
});
