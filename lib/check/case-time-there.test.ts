import { describe, expect, it } from 'vitest';
import { buildCaseIndex } from '../overlap/build-case-index';
import { findOverlaps } from '../overlap/find-overlaps';
import { PRESETS } from '../overlap/rule';
import type { CaseTrack, TrajectoryPart } from '../trajectory/types';
import { caseTimeThere } from './case-time-there';

const at = (iso: string) => Date.parse(iso);
const shop: [number, number] = [126.98, 37.56];
const cases: CaseTrack[] = [
  {
    caseCode: 'C-1',
    parts: [
      { kind: 'stay', lngLat: shop, start: at('2020-03-07T01:00Z'), end: at('2020-03-07T02:00Z'), place: 'Shop' },
      { kind: 'stay', lngLat: [127.05, 37.6], start: at('2020-03-07T03:00Z'), end: at('2020-03-07T04:00Z') },
    ],
  },
  { caseCode: 'C-2', parts: [{ kind: 'stay', lngLat: shop, start: at('2020-03-06T01:00Z'), end: at('2020-03-06T02:00Z') }] },
];
const index = buildCaseIndex(cases);
const visit = (start: string, end: string): TrajectoryPart[] => [{ kind: 'stay', lngLat: [shop[0], shop[1] + 0.0001], start: at(start), end: at(end) }];

describe('caseTimeThere', () => {
  it("gives the case's own stay at the place of an after-case overlap, earlier than the resident's", () => {
    const rule = PRESETS['after-case'].rule;
    const [overlap] = findOverlaps(visit('2020-03-07T03:00Z', '2020-03-07T03:30Z'), index, rule);
    expect(overlap.caseCode).toBe('C-1');
    expect(caseTimeThere(index, overlap, rule)).toEqual({ from: at('2020-03-07T01:00Z'), to: at('2020-03-07T02:00Z') });
  });

  it("gives the case's stay for a same-time overlap and ignores another case at the same place on another day", () => {
    const rule = PRESETS['same-place'].rule;
    const [overlap] = findOverlaps(visit('2020-03-07T01:30Z', '2020-03-07T02:30Z'), index, rule);
    expect(caseTimeThere(index, overlap, rule)).toEqual({ from: at('2020-03-07T01:00Z'), to: at('2020-03-07T02:00Z') });
  });

  it('is null for a case the index does not hold', () => {
    const rule = PRESETS['same-place'].rule;
    const [overlap] = findOverlaps(visit('2020-03-07T01:30Z', '2020-03-07T02:30Z'), index, rule);
    expect(caseTimeThere(buildCaseIndex([]), overlap, rule)).toBeNull();
  });
});
