import { describe, expect, it } from 'vitest';
import { briefingDayRange } from './day-range';

describe('briefingDayRange', () => {
  it('runs to today during a live outbreak', () => {
    expect(briefingDayRange({ from: '2022-08-01', to: '2022-08-20' }, new Date('2022-09-02T04:00:00Z'), 'Asia/Shanghai')).toEqual({ from: '2022-08-01', to: '2022-09-02' });
  });

  it('ends at the data for a historic dataset, and when today is inside the data', () => {
    expect(briefingDayRange({ from: '2020-02-28', to: '2020-03-16' }, new Date('2026-11-23T08:00:00Z'), 'Asia/Seoul')).toEqual({ from: '2020-02-28', to: '2020-03-16' });
    expect(briefingDayRange({ from: '2022-08-01', to: '2022-08-20' }, new Date('2022-08-10T04:00:00Z'), 'Asia/Shanghai')).toEqual({ from: '2022-08-01', to: '2022-08-20' });
  });

  it('is today alone on an empty database, in the local time zone', () => {
    expect(briefingDayRange(null, new Date('2022-08-31T17:00:00Z'), 'Asia/Shanghai')).toEqual({ from: '2022-09-01', to: '2022-09-01' });
  });

  it('keeps at most a year, ending at its end', () => {
    expect(briefingDayRange({ from: '2020-01-01', to: '2022-08-20' }, new Date('2022-08-10T04:00:00Z'), 'Asia/Shanghai')).toEqual({ from: '2021-08-20', to: '2022-08-20' });
  });
});
