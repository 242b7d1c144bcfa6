import { describe, expect, it } from 'vitest';
import { fromLocalInputValue, isIsoInstant, resolveBriefingWindow, sinceFor, toLocalInputValue } from './briefing-window';

describe('resolveBriefingWindow', () => {
  const NOW = '2020-03-10T22:30:00.000Z';

  it('defaults to now and the 24 h before it', () => {
    expect(resolveBriefingWindow({}, NOW)).toEqual({ ok: true, value: { at: NOW, since: '2020-03-09T22:30:00.000Z' } });
  });

  it('takes at and since with offsets', () => {
    expect(resolveBriefingWindow({ at: '2020-03-11T07:30:00+09:00', since: '2020-03-10T09:00:00+09:00' }, NOW)).toEqual({
      ok: true,
      value: { at: '2020-03-10T22:30:00.000Z', since: '2020-03-10T00:00:00.000Z' },
    });
  });

  it('names the bad parameter: no offset, not a date, since after at, a window of months', () => {
    expect(resolveBriefingWindow({ since: '2020-03-10T09:00' }, NOW)).toEqual({ ok: false, code: 'briefing.instant-invalid', params: { parameter: 'since' } });
    expect(resolveBriefingWindow({ at: 'yesterday' }, NOW)).toMatchObject({ ok: false, params: { parameter: 'at' } });
    expect(resolveBriefingWindow({ since: NOW }, NOW)).toMatchObject({ ok: false, code: 'briefing.since-not-before-at' });
    expect(resolveBriefingWindow({ since: '2019-01-01T00:00:00Z' }, NOW)).toMatchObject({ ok: false, code: 'briefing.window-too-long' });
  });

  it('accepts only instants with an offset', () => {
    expect(isIsoInstant('2020-03-10T14:59:59.999Z')).toBe(true);
    expect(isIsoInstant('2020-13-10T14:59:59Z')).toBe(false);
  });
});

describe('sinceFor', () => {
  const at = '2020-03-11T07:30:00Z';
  it('uses the last opened briefing only when it is before the moment shown', () => {
    expect(sinceFor('last-opened', at, { lastOpened: '2020-03-10T07:45:00Z' })).toBe('2020-03-10T07:45:00Z');
    expect(sinceFor('last-opened', at, { lastOpened: '2020-03-12T07:45:00Z' })).toBeUndefined();
    expect(sinceFor('last-opened', at, { lastOpened: null })).toBeUndefined();
  });
  it('leaves the 24 h default to the server and takes a picked instant', () => {
    expect(sinceFor('day', at, { custom: '2020-03-10T00:00:00Z' })).toBeUndefined();
    expect(sinceFor('custom', at, { custom: '2020-03-10T00:00:00Z' })).toBe('2020-03-10T00:00:00Z');
    expect(sinceFor('custom', at, { custom: 'garbage' })).toBeUndefined();
  });
});

describe('datetime-local values in the district zone', () => {
  it('round-trips an instant', () => {
    expect(toLocalInputValue('2020-03-10T11:00:00Z', 'Asia/Seoul')).toBe('2020-03-10T20:00');
    expect(fromLocalInputValue('2020-03-10T20:00', 'Asia/Seoul')).toBe('2020-03-10T11:00:00.000Z');
    expect(fromLocalInputValue('2021-03-28T12:00', 'Europe/London')).toBe('2021-03-28T11:00:00.000Z');
    expect(fromLocalInputValue('not a time', 'UTC')).toBeNull();
  });
});
