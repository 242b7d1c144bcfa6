import { describe, expect, it } from 'vitest';
import { renderError } from '@/lib/errors/render-error';
import { readCaseEdit, type ReadCaseEdit } from './read-case-edit';

/** The refusal as the reader sees it. */
const text = (read: ReadCaseEdit, locale: 'zh-CN' | 'en' = 'en') => ('problem' in read ? renderError(locale, read.problem.code, read.problem.params) : '');

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
    expect(text(readCaseEdit({ ...base, isNew: 'yes' }))).toBe('isNew: must be true or false');
    expect(text(readCaseEdit({ ...base, isNew: 'yes' }), 'zh-CN')).toBe('isNew 无效：须为 true 或 false');
  });
  it('refuses a bad code, no visits, a visit ending before it starts and out-of-range coordinates', () => {
    expect(readCaseEdit({ ...base, code: 'C 1' })).toHaveProperty('problem');
    expect(text(readCaseEdit({ ...base, visits: [] }))).toBe('visits: must not be empty');
    expect(text(readCaseEdit({ ...base, visits: [{ ...visit, end: '2022-04-01T08:00:00+08:00' }] }))).toBe('visits.0.end: must not be before the start');
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
    expect(text(readCaseEdit({ ...base, visits: [visit, back] }))).toBe('Visit 2 (movement), vertex 3: is earlier than vertex 2: times must not go back');
    expect(text(readCaseEdit({ ...base, visits: [visit, back] }), 'zh-CN')).toBe('第 2 项行程（移动）第 3 点：早于第 2 点：时间不能倒退');
    expect(text(readCaseEdit({ ...base, visits: [{ lngLats: [lngLats[0]], times: [back.times[0]] }] }))).toBe('visits.0.lngLats: must have at least 2 items');
    expect(text(readCaseEdit({ ...base, visits: [{ lngLats, times: back.times.slice(0, 2) }] }))).toContain('one time per vertex');
    expect(text(readCaseEdit({ ...base, visits: [{ lngLats, times: back.times.slice(0, 2) }] }), 'zh-CN')).toContain('每个点须有一个时间');
    expect(text(readCaseEdit({ ...base, visits: [{ lngLats, times: [back.times[0], 'soon', back.times[2]] }] }))).toMatch(/^visits\.0\.times\.1: .*offset/);
    const future = { ...visit, start: '2022-04-01T09:00:00+08:00', end: '2022-05-01T09:00:00+08:00' };
    expect(text(readCaseEdit({ ...base, visits: [future] }, { now: new Date('2022-04-02T00:00:00+08:00') }))).toContain('Visit 1: times must lie between');
  });
});
