import { describe, expect, it } from 'vitest';
import { formatDay, formatInstant, formatRange } from './format-time';

describe('formatInstant / formatRange', () => {
  it('shows the time in the given zone with the zone named', () => {
    expect(formatInstant('2020-03-08T01:30:00Z', 'en', 'Asia/Seoul')).toBe('08/03/2020, 10:30 GMT+9');
    expect(formatInstant('2020-03-08T01:30:00Z', 'zh-CN', 'Asia/Shanghai')).toBe('2020/03/08 09:30 GMT+8');
  });

  it('shortens a same-day range and keeps a multi-day one whole', () => {
    expect(formatRange('2020-03-08T01:30:00Z', '2020-03-08T02:15:00Z', 'en', 'Asia/Seoul')).toBe('08/03/2020, 10:30 – 11:15 GMT+9');
    expect(formatRange('2020-03-08T01:30:00Z', '2020-03-09T02:15:00Z', 'en', 'Asia/Seoul')).toBe('08/03/2020, 10:30 GMT+9 – 09/03/2020, 11:15 GMT+9');
  });

  it('passes an unreadable value through rather than printing Invalid Date', () => {
    expect(formatInstant('garbage', 'en', 'UTC')).toBe('garbage');
  });
});

describe('formatDay', () => {
  it('says a local day in short words in both languages, and leaves a non-date alone', () => {
    expect(formatDay('2022-09-02', 'en')).toBe('2 Sept');
    expect(formatDay('2022-09-02', 'zh-CN')).toBe('9月2日');
    expect(formatDay('someday', 'en')).toBe('someday');
  });
});
