import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRESETS } from '../overlap/rule';
import type { TrajectoryPart } from '../trajectory/types';
import { caseTrackSpans, computeCoverage, countSpansMeeting, sortSpans, type CoverageBasis } from './coverage';

const at = (iso: string) => Date.parse(iso);
const samePlace = PRESETS['same-place'].rule;
const afterCase = PRESETS['after-case'].rule; // looks back 240 minutes

// Data: cases published from 1 to 10 March 2020 in a small district around [126.85, 37.55].
const basis: CoverageBasis = {
  caseCount: 2,
  dataFrom: '2020-03-01T00:00:00.000Z',
  dataTo: '2020-03-10T00:00:00.000Z',
  area: [126.8, 37.5, 126.9, 37.6],
  areaSource: 'communities',
};
const caseSpans: [number, number][] = [
  [at('2020-03-01T00:00Z'), at('2020-03-01T06:00Z')],
  [at('2020-03-07T01:00Z'), at('2020-03-10T00:00Z')],
];
const stay = (lngLat: [number, number], start: string, end: string): TrajectoryPart => ({ kind: 'stay', lngLat, start: at(start), end: at(end) });
const walk = (lngLats: [number, number][], times: string[]): TrajectoryPart => ({ kind: 'movement', lngLats, times: times.map(at) });
const inside: [number, number] = [126.85, 37.55];
const elsewhere: [number, number] = [116.4, 39.9]; // Beijing

describe('computeCoverage', () => {
  it('is covered for a trajectory inside the data in time and area, counting the cases in its span', () => {
    const coverage = computeCoverage([stay(inside, '2020-03-07T02:00Z', '2020-03-07T03:00Z')], { basis, caseSpans }, samePlace);
    expect(coverage).toEqual({
      status: 'covered',
      casesCompared: 1,
      dataFrom: basis.dataFrom,
      dataTo: basis.dataTo,
      area: basis.area,
      gaps: { isBeforeData: false, isAfterData: false, isOutsideArea: false },
    });
  });

  it('is none for another year, with no case compared', () => {
    const coverage = computeCoverage([stay(inside, '2008-10-01T02:00Z', '2008-10-01T08:00Z')], { basis, caseSpans }, samePlace);
    expect(coverage.status).toBe('none');
    expect(coverage.casesCompared).toBe(0);
    expect(coverage.gaps.isBeforeData).toBe(true);
  });

  it('is none for another city in the same days, though cases were compared', () => {
    const coverage = computeCoverage([stay(elsewhere, '2020-03-07T02:00Z', '2020-03-07T03:00Z')], { basis, caseSpans }, samePlace);
    expect(coverage.status).toBe('none');
    expect(coverage.casesCompared).toBe(1);
    expect(coverage.gaps.isOutsideArea).toBe(true);
  });

  it('is partial when one half of the trajectory lies outside the area', () => {
    const parts = [walk([inside, [126.95, 37.55], [127.0, 37.55]], ['2020-03-07T02:00Z', '2020-03-07T02:30Z', '2020-03-07T03:00Z'])];
    const coverage = computeCoverage(parts, { basis, caseSpans }, samePlace);
    expect(coverage.status).toBe('partial');
    expect(coverage.gaps).toEqual({ isBeforeData: false, isAfterData: false, isOutsideArea: true });
  });

  it('is partial, not none, when a line crosses the area with no vertex inside', () => {
    const parts = [walk([[126.7, 37.55], [127.0, 37.55]], ['2020-03-07T02:00Z', '2020-03-07T03:00Z'])];
    expect(computeCoverage(parts, { basis, caseSpans }, samePlace).status).toBe('partial');
  });

  it('counts a position just outside the area within the rule distance as inside', () => {
    // 30 m east of the area's edge, with a 50 m rule.
    const justOutside: [number, number] = [126.9 + 30 / (111_320 * Math.cos((37.6 * Math.PI) / 180)), 37.55];
    expect(computeCoverage([stay(justOutside, '2020-03-07T02:00Z', '2020-03-07T03:00Z')], { basis, caseSpans }, samePlace).status).toBe('covered');
  });

  it('is partial for a trajectory that ends on the first instant of the data (closed intervals)', () => {
    const coverage = computeCoverage([stay(inside, '2020-02-29T18:00Z', '2020-03-01T00:00Z')], { basis, caseSpans }, samePlace);
    expect(coverage.status).toBe('partial');
    expect(coverage.casesCompared).toBe(1);
    expect(coverage.gaps.isBeforeData).toBe(true);
  });

  it('is none for a trajectory ending a millisecond before the data begins', () => {
    const coverage = computeCoverage([stay(inside, '2020-02-29T18:00Z', '2020-02-29T23:59:59.999Z')], { basis, caseSpans }, samePlace);
    expect(coverage.status).toBe('none');
  });

  it('widens the span back by the tolerance: a visit 3 h after the last case data is compared under after-case', () => {
    const parts = [stay(inside, '2020-03-10T02:00Z', '2020-03-10T03:00Z')];
    expect(computeCoverage(parts, { basis, caseSpans }, samePlace)).toMatchObject({ status: 'none', casesCompared: 0 });
    expect(computeCoverage(parts, { basis, caseSpans }, afterCase)).toMatchObject({ status: 'covered', casesCompared: 1 });
  });

  it('is none inside the data dates when no case track lies in the widened span (a gap between cases)', () => {
    const coverage = computeCoverage([stay(inside, '2020-03-04T02:00Z', '2020-03-04T03:00Z')], { basis, caseSpans }, samePlace);
    expect(coverage).toMatchObject({ status: 'none', casesCompared: 0 });
  });

  it('is none with no published data at all', () => {
    const empty: CoverageBasis = { caseCount: 0, dataFrom: null, dataTo: null, area: null, areaSource: null };
    expect(computeCoverage([stay(inside, '2020-03-07T02:00Z', '2020-03-07T03:00Z')], { basis: empty, caseSpans: [] }, samePlace)).toMatchObject({
      status: 'none',
      casesCompared: 0,
      dataFrom: null,
      dataTo: null,
    });
  });

  it('does not mutate its inputs', () => {
    const parts = [stay(inside, '2020-03-07T02:00Z', '2020-03-07T03:00Z')];
    const before = JSON.stringify({ parts, basis, caseSpans });
    computeCoverage(parts, { basis, caseSpans }, samePlace);
    expect(JSON.stringify({ parts, basis, caseSpans })).toBe(before);
  });
});

describe('caseTrackSpans', () => {
  it('gives each track its first and last instant and skips empty tracks', () => {
    const tracks = [
      { parts: [stay(inside, '2020-03-07T02:00Z', '2020-03-07T03:00Z'), walk([inside, inside], ['2020-03-07T04:00Z', '2020-03-07T05:00Z'])] },
      { parts: [] },
    ];
    expect(caseTrackSpans(tracks)).toEqual([[at('2020-03-07T02:00Z'), at('2020-03-07T05:00Z')]]);
  });
});

describe('countSpansMeeting', () => {
  const span = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 30 })).map(([start, length]): [number, number] => [start, start + length]);

  it('counts the spans meeting a closed interval as a walk over them does', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), span, (spans, [from, to]) => {
        const walked = spans.filter(([a, b]) => a <= to && b >= from).length;
        expect(countSpansMeeting(sortSpans(spans), from, to)).toBe(walked);
      }),
    );
  });

  it('counts a span touching the interval at one instant', () => {
    expect(countSpansMeeting(sortSpans([[1, 3], [5, 9], [10, 12]]), 3, 5)).toBe(2);
    expect(countSpansMeeting(sortSpans([]), 3, 5)).toBe(0);
  });
});
