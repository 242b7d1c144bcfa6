import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './match-place';
import { placeNotice } from './place-notice';
import { readNotice } from './read-notice';
import { formatNoticeSpan, initialChoices, phrasesOf } from './notice-panel';

describe('initialChoices', () => {
  it('sets only the clearly matched phrases', () => {
    const gazetteer = buildGazetteer([
      { name: '汕头站', lngLat: [116.68, 23.39], source: 't' },
      { name: '深沟村', lngLat: [116.5, 23.3], source: 'a' },
      { name: '深沟村', lngLat: [113, 30], source: 'b' },
    ]);
    const entries = placeNotice(readNotice('1月20日到达汕头站，1月21日到深沟村', { published: { year: 2020, month: 2, day: 1 }, timeZone: 'Asia/Shanghai' }), gazetteer);
    expect(initialChoices(entries)).toEqual({ 汕头站: [116.68, 23.39] });
    expect(phrasesOf(entries[1]).map((p) => p.match.status)).toEqual(['ambiguous']);
  });
});

describe('formatNoticeSpan', () => {
  it('writes a whole day as 00:00–24:00 and a span over days with both days', () => {
    const day = Date.UTC(2020, 0, 20, -8);
    expect(formatNoticeSpan(day, day + 86_400_000, 'Asia/Shanghai')).toBe('01-20 00:00–24:00');
    expect(formatNoticeSpan(day + 10 * 3_600_000, day + 3 * 86_400_000, 'Asia/Shanghai')).toBe('01-20 10:00–01-22 24:00');
    expect(formatNoticeSpan(undefined, 1, 'Asia/Shanghai')).toBeUndefined();
  });
});
