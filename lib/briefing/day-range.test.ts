import { describe, expect, it } from 'vitest';
import { briefingDayRange } from './day-range';

describe('briefingDayRange', () => {
  it('runs to today during a live outbreak', () => {
    expect(briefingDayRange({ from: '2022-08-01', to: '2022-08-20' }, new Date('2022-09-02T04:00:00Z'), 'Asia/Shanghai')).toEqual({ from: '2022-08-01', to: '2022-09-02', isLive: true });
  });

  it('stops at today when the data runs on (generated rounds), so nothing after now is on the slider', () => {
    expect(briefingDayRange({ from: '2020-02-28', to: '2020-03-29' }, new Date('2020-03-10T22:30:00Z'), 'Asia/Seoul')).toEqual({ from: '2020-02-28', to: '2020-03-11', isLive: true });
  });

  it('ends at the data for a historic dataset', () => {
    expect(briefingDayRange({ from: '2020-02-28', to: '2020-03-16' }, new Date('2026-11-23T08:00:00Z'), 'Asia/Seoul')).toEqual({ from: '2020-02-28', to: '2020-03-16', isLive: false });
  });

  it('is today alone on an empty database or before the data, in the local time zone', () => {
    expect(briefingDayRange(null, new Date('2022-08-31T17:00:00Z'), 'Asia/Shanghai')).toEqual({ from: '2022-09-01', to: '2022-09-01', isLive: true });
    expect(briefingDayRange({ from: '2022-09-05', to: '2022-09-09' }, new Date('2022-08-31T17:00:00Z'), 'Asia/Shanghai')).toEqual({ from: '2022-09-01', to: '2022-09-01', isLive: true });
  });

  it('keeps at most the last 60 days: one record today after old data is not a year of emptiness', () => {
    expect(briefingDayRange({ from: '2020-01-01', to: '2022-08-10' }, new Date('2022-08-10T04:00:00Z'), 'Asia/Shanghai')).toEqual({ from: '2022-06-12', to: '2022-08-10', isLive: true });
  });
});
