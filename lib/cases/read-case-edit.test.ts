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
      isNew: false,
    });
  });

  it('reads whether the workspace creates the case, and refuses anything but true or false', () => {
    expect(readCaseEdit({ ...base, isNew: true })).toMatchObject({ isNew: true });
    expect(readCaseEdit({ ...base, isNew: 'yes' })).toEqual({ problem: expect.stringMatching(/isNew.*true or false/) });
  });
  it('refuses a bad code, no visits, a visit ending before it starts and out-of-range coordinates', () => {
    expect(readCaseEdit({ ...base, code: 'C 1' })).toHaveProperty('problem');
    expect(readCaseEdit({ ...base, visits: [] })).toEqual({ problem: expect.stringMatching(/at least one/) });
    expect(readCaseEdit({ ...base, visits: [{ ...visit, end: '2022-04-01T08:00:00+08:00' }] })).toEqual({ problem: expect.stringMatching(/end/) });
    expect(readCaseEdit({ ...base, visits: [{ ...visit, lngLat: [200, 31] }] })).toHaveProperty('problem');
  });

  it('turns a drawn movement into a movement part with one time per vertex', () => {
    const times = ['2022-04-01T10:00:00+08:00', '2022-04-01T10:04:00+08:00', '2022-04-01T10:10:00+08:00'];
    const line = { place: 'Bus 7 from A to B', lngLats: [[121.4, 31.2], [121.402, 31.2], [121.405, 31.201]], times };
    const read = readCaseEdit({ ...base, visits: [visit, line] });
    expect(read).toMatchObject({ track: { parts: [{ kind: 'stay' }, { kind: 'movement', lngLats: line.lngLats, times: times.map((t) => Date.parse(t)), place: 'Bus 7 from A to B' }] } });
  });

  it('names the visit and vertex of a movement whose times go back, and refuses too few vertices or out-of-range times', () => {
    const lngLats = [[121.4, 31.2], [121.401, 31.2], [121.402, 31.2]];
    const back = { lngLats, times: ['2022-04-01T10:00:00+08:00', '2022-04-01T10:05:00+08:00', '2022-04-01T10:01:00+08:00'] };
    expect(readCaseEdit({ ...base, visits: [visit, back] })).toEqual({ problem: 'visit 2 (movement), vertex 3: is earlier than vertex 2: times must not go back' });
    expect(readCaseEdit({ ...base, visits: [{ lngLats: [lngLats[0]], times: [back.times[0]] }] })).toEqual({ problem: expect.stringContaining('at least 2 vertices') });
    expect(readCaseEdit({ ...base, visits: [{ lngLats, times: back.times.slice(0, 2) }] })).toEqual({ problem: expect.stringContaining('one time per vertex') });
    expect(readCaseEdit({ ...base, visits: [{ lngLats, times: [back.times[0], 'soon', back.times[2]] }] })).toEqual({ problem: expect.stringMatching(/visits\.0\.times\.1.*offset/) });
    const future = { ...visit, start: '2022-04-01T09:00:00+08:00', end: '2022-05-01T09:00:00+08:00' };
    expect(readCaseEdit({ ...base, visits: [future] }, { now: new Date('2022-04-02T00:00:00+08:00') })).toEqual({ problem: expect.stringContaining('visit 1: times must lie between') });
  });
});
