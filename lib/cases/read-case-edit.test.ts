import { describe, expect, it } from 'vitest';
import { readCaseEdit } from './read-case-edit';

const visit = { place: 'Market', lngLat: [121.4, 31.2], start: '2022-04-01T09:00:00+08:00', end: '2022-04-01T10:00:00+08:00' };
const base = { code: 'C-101', reportedAt: '2022-04-02T09:00:00+08:00', visits: [visit] };

describe('readCaseEdit', () => {
  it('turns visits into stays with epoch times', () => {
    expect(readCaseEdit(base)).toEqual({
      track: {
        caseCode: 'C-101',
        classification: 'confirmed',
        reportedAt: new Date('2022-04-02T01:00:00Z'),
        parts: [{ kind: 'stay', lngLat: [121.4, 31.2], start: Date.parse(visit.start), end: Date.parse(visit.end), place: 'Market' }],
      },
    });
  });
  it('refuses a bad code, no visits, a visit ending before it starts and out-of-range coordinates', () => {
    expect(readCaseEdit({ ...base, code: 'C 1' })).toHaveProperty('problem');
    expect(readCaseEdit({ ...base, visits: [] })).toEqual({ problem: expect.stringMatching(/at least one/) });
    expect(readCaseEdit({ ...base, visits: [{ ...visit, end: '2022-04-01T08:00:00+08:00' }] })).toEqual({ problem: expect.stringMatching(/end/) });
    expect(readCaseEdit({ ...base, visits: [{ ...visit, lngLat: [200, 31] }] })).toHaveProperty('problem');
  });
});
