import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './match-place';
import { draftFromNotice, placeNotice } from './place-notice';
import { readNotice } from './read-notice';

const gazetteer = buildGazetteer([
  { name: '成田镇深沟村', lngLat: [116.5, 23.3], source: 'test', region: '汕头市' },
  { name: '汕头站', lngLat: [116.68, 23.39], source: 'test', region: '汕头市' },
  { name: '深沟村', lngLat: [113.0, 30.0], source: 'test', region: '荆州市' },
]);
const text = '1月19日11：00在武汉武昌站乘坐K799火车前往汕头，1月20日10：00到达汕头站，1月21日到成田镇深沟村采购年货，1月22日到龙湖市场购物，25日出现发热';
const entries = readNotice(text, { published: { year: 2020, month: 2, day: 10 }, timeZone: 'Asia/Shanghai' });

describe('draftFromNotice', () => {
  it('places matched visits and lists the rest with their reason, never guessing', () => {
    const placed = placeNotice(entries, gazetteer, { region: '汕头市' });
    const { visits, leftOut } = draftFromNotice(placed);
    expect(visits.map((v) => v.place)).toEqual(['汕头站', '成田镇深沟村']);
    expect(visits[1]).toMatchObject({ lngLat: [116.5, 23.3], isApproximate: true });
    expect(leftOut.map((l) => l.reason)).toEqual(['region-only', 'not-placed', 'event']);
  });

  it('takes a place staff clicked for a phrase the gazetteer could not place', () => {
    const placed = placeNotice(entries, gazetteer, { region: '汕头市' });
    const { visits } = draftFromNotice(placed, { 龙湖市场: [116.7, 23.4] });
    expect(visits.map((v) => v.place)).toContain('龙湖市场');
  });

  it('does not use an ambiguous match', () => {
    const placed = placeNotice(readNotice('1月21日到深沟村', { published: { year: 2020, month: 2, day: 10 }, timeZone: 'Asia/Shanghai' }), buildGazetteer([
      { name: '深沟村', lngLat: [116.5, 23.3], source: 'a' },
      { name: '深沟村', lngLat: [113.0, 30.0], source: 'b' },
    ]));
    expect(placed[0].placeMatch?.status).toBe('ambiguous');
    expect(draftFromNotice(placed).visits).toEqual([]);
  });
});
