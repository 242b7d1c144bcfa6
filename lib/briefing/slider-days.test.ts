import { describe, expect, it } from 'vitest';
import { dayIndexOf, localDay, localMidnight, sliderDays } from './slider-days';

describe('sliderDays', () => {
  it('lists each local day with its last instant', () => {
    expect(sliderDays('2020-03-09', '2020-03-11', 'Asia/Seoul')).toEqual([
      { day: '2020-03-09', at: '2020-03-09T14:59:59.999Z' },
      { day: '2020-03-10', at: '2020-03-10T14:59:59.999Z' },
      { day: '2020-03-11', at: '2020-03-11T14:59:59.999Z' },
    ]);
  });

  it('is empty for a reversed range and capped for a huge one', () => {
    expect(sliderDays('2020-03-11', '2020-03-09', 'UTC')).toEqual([]);
    expect(sliderDays('2000-01-01', '2030-01-01', 'UTC', { maxDays: 10 })).toHaveLength(10);
  });

  it('keeps local midnight across a daylight-saving change', () => {
    expect(localMidnight('2021-03-28', 'Europe/London').toISOString()).toBe('2021-03-28T00:00:00.000Z');
    expect(localMidnight('2021-03-29', 'Europe/London').toISOString()).toBe('2021-03-28T23:00:00.000Z');
  });

  it('finds the day of an instant, clamped to the range', () => {
    const days = sliderDays('2020-03-09', '2020-03-11', 'Asia/Seoul');
    expect(localDay('2020-03-09T16:00:00Z', 'Asia/Seoul')).toBe('2020-03-10');
    expect(dayIndexOf(days, '2020-03-10T03:00:00Z', 'Asia/Seoul')).toBe(1);
    expect(dayIndexOf(days, '2019-01-01T00:00:00Z', 'Asia/Seoul')).toBe(0);
    expect(dayIndexOf(days, '2021-01-01T00:00:00Z', 'Asia/Seoul')).toBe(2);
  });
});
