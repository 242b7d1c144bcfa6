import { describe, expect, it } from 'vitest';
import { normaliseDateTimeCell, readDateCell, readTimeRange } from './time-range';

describe('readTimeRange', () => {
  it('reads hyphen, em dash, tilde and 至 ranges', () => {
    expect(readTimeRange('10:00-11:30')).toEqual({ startMinute: 600, endMinute: 690, isApproximate: false });
    expect(readTimeRange('10:00—11:30')).toEqual({ startMinute: 600, endMinute: 690, isApproximate: false });
    expect(readTimeRange(' 9:05 ～ 9:40 ')).toEqual({ startMinute: 545, endMinute: 580, isApproximate: false });
    expect(readTimeRange('10：00至11：00')).toEqual({ startMinute: 600, endMinute: 660, isApproximate: false });
    expect(readTimeRange('10点-11点半')).toEqual({ startMinute: 600, endMinute: 690, isApproximate: false });
  });
  it('reads 上午 and 下午 as approximate half days', () => {
    expect(readTimeRange('上午')).toEqual({ startMinute: 480, endMinute: 720, isApproximate: true });
    expect(readTimeRange('下午')).toEqual({ startMinute: 720, endMinute: 1080, isApproximate: true });
  });
  it('runs a range that ends before it starts past midnight', () => {
    expect(readTimeRange('22:00-01:30')).toEqual({ startMinute: 1320, endMinute: 1530, isApproximate: false });
  });
  it('refuses what it cannot read', () => {
    for (const text of ['十点左右', '25:00-26:00', '10:61-11:00', '10:00', '', 'abc-def']) expect(readTimeRange(text)).toBeUndefined();
  });
});

describe('readDateCell and normaliseDateTimeCell', () => {
  it('reads ISO, slashes and Chinese dates', () => {
    expect(readDateCell('2022-04-01')).toBe('2022-04-01');
    expect(readDateCell('2022/4/1')).toBe('2022-04-01');
    expect(readDateCell('2022年4月1日')).toBe('2022-04-01');
    expect(readDateCell('2022-04-01 00:00')).toBe('2022-04-01');
    expect(readDateCell('4月1日')).toBeUndefined();
  });
  it('turns Chinese dates and full-width colons into ISO-like text', () => {
    expect(normaliseDateTimeCell('2022年4月1日 10：30')).toBe('2022-04-01 10:30');
  });
});
