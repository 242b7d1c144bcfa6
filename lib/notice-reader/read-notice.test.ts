import { describe, expect, it } from 'vitest';
import { readNotice, type NoticeEntry } from './read-notice';
import { normalizeNotice } from './normalize-notice';
import { readClocks, readDate, readNumber } from './read-times';
import { readClause } from './read-clause';

const options = { published: { year: 2020, month: 2, day: 10 }, timeZone: 'Asia/Shanghai' };
/** Wall time in Shanghai (UTC+8) as 'MM-DD HH:mm'. */
const wall = (t: number | undefined) => (t === undefined ? undefined : new Date(t + 8 * 3_600_000).toISOString().slice(5, 16).replace('T', ' '));
const brief = (e: NoticeEntry) => ({ kind: e.kind, start: wall(e.start), end: wall(e.end), approximate: e.time?.isApproximate, place: e.place, from: e.from, to: e.to, transport: e.transport });

describe('normalizeNotice', () => {
  it('makes full-width digits and colons half-width and unifies dashes', () => {
    expect(normalizeNotice('２８日１３：２７抵达香港机场，1月20日—23日')).toBe('28日13:27抵达香港机场,1月20日-23日');
  });
});

describe('readNumber', () => {
  it('reads Arabic and Chinese numerals', () => {
    expect([readNumber('12'), readNumber('十二'), readNumber('二十三'), readNumber('三十一'), readNumber('七'), readNumber('x')]).toEqual([12, 12, 23, 31, 7, undefined]);
  });
});

describe('readDate', () => {
  const published = { year: 2020, month: 4, day: 30 };
  it('resolves a year-less date to the latest such day not after publication', () => {
    expect(readDate('12月30日从武汉返回', undefined, published)?.start).toEqual({ year: 2019, month: 12, day: 30 });
    expect(readDate('1月15日乘车抵达武汉市', undefined, published)?.start).toEqual({ year: 2020, month: 1, day: 15 });
  });
  it('reads a day without a month in the month of the date before it, or the next month when it is earlier', () => {
    const context = { day: { year: 2020, month: 1, day: 27 } };
    expect(readDate('28日13:27抵达香港机场', context, published)?.start).toEqual({ year: 2020, month: 1, day: 28 });
    expect(readDate('2日发病', context, published)?.start).toEqual({ year: 2020, month: 2, day: 2 });
  });
  it('reads date ranges, with and without the month repeated', () => {
    const a = readDate('1月20日-23日曾到武汉', undefined, published);
    expect([a?.start, a?.end]).toEqual([{ year: 2020, month: 1, day: 20 }, { year: 2020, month: 1, day: 23 }]);
    const b = readDate('1月22日至2月3日在家', undefined, published);
    expect(b?.end).toEqual({ year: 2020, month: 2, day: 3 });
  });
  it('reads 当天/次日 against the date before', () => {
    expect(readDate('次日到医院', { day: { year: 2020, month: 1, day: 31 } }, published)?.start).toEqual({ year: 2020, month: 2, day: 1 });
  });
  it('refuses impossible days', () => {
    expect(readDate('2月30日', undefined, published)).toBeUndefined();
  });
});

describe('readClocks', () => {
  it('reads clock times in every written form', () => {
    expect(readClocks('13:27抵达').map((c) => c.minute)).toEqual([13 * 60 + 27]);
    expect(readClocks('乘坐19时06分T95班次火车').map((c) => c.minute)).toEqual([19 * 60 + 6]);
    expect(readClocks('晚上7点自驾车').map((c) => c.minute)).toEqual([19 * 60]);
    expect(readClocks('下午三点半').map((c) => c.minute)).toEqual([15 * 60 + 30]);
    expect(readClocks('8时许').map((c) => [c.minute, c.isApproximate])).toEqual([[8 * 60, true]]);
  });
});

describe('readClause', () => {
  it('reads a train leg with its number, origin and destination', () => {
    expect(readClause('1月19日11:00与3名同事在武汉武昌站乘坐K799火车前往汕头')).toEqual({
      kind: 'movement',
      from: '武汉武昌站',
      to: '汕头',
      transport: { mode: 'train', number: 'K799' },
    });
  });
  it('reads flights by number', () => {
    expect(readClause('4月3日从美国纽约乘KL646航班飞往荷兰阿姆斯特丹')).toMatchObject({ kind: 'movement', from: '美国纽约', to: '荷兰阿姆斯特丹', transport: { mode: 'flight', number: 'KL646' } });
  });
  it('reads a bus route from A to B', () => {
    expect(readClause('乘坐3路公交从东门站到人民医院')).toMatchObject({ kind: 'movement', from: '东门站', to: '人民医院', transport: { mode: 'bus', number: '3路' } });
  });
  it('reads a visit and stops the place at what the case did there', () => {
    expect(readClause('1月21日到成田镇深沟村采购年货')).toEqual({ kind: 'visit', place: '成田镇深沟村' });
  });
  it('keeps symptoms and test results as events without a place', () => {
    expect(readClause('1月25日出现发热、全身肌肉酸痛等症状').kind).toBe('event');
    expect(readClause('6日经专家会诊').kind).toBe('event');
  });
  it('does not read 电动车 as a train', () => {
    expect(readClause('骑电动车前往中山大学附属第一医院就诊')).toMatchObject({ transport: { mode: 'bike' }, to: '中山大学附属第一医院' });
  });
});

describe('readNotice on real notices (Guangdong 2020 corpus)', () => {
  it('Shantou, id 17861: a train leg, an arrival, a visit', () => {
    const entries = readNotice(
      '1月19日11：00与3名同事在武汉武昌站乘坐K799火车前往汕头，1月20日10：00到达汕头站，乘坐私家车回家，1月21日到成田镇深沟村采购年货，然后一直未出门',
      options,
    ).map(brief);
    expect(entries[0]).toMatchObject({ kind: 'movement', start: '01-19 11:00', end: '01-20 00:00', approximate: true, from: '武汉武昌站', to: '汕头' });
    expect(entries[1]).toMatchObject({ kind: 'visit', start: '01-20 10:00', place: '汕头站' });
    expect(entries[3]).toMatchObject({ kind: 'visit', start: '01-21 00:00', end: '01-22 00:00', approximate: true, place: '成田镇深沟村' });
  });

  it('Zhaoqing, id 17963: clock times written as 19时06分 and 8时30分', () => {
    const entries = readNotice(
      '长期在湖北省黄冈市做生意，1月22日，乘坐19时06分T95班次火车（04车厢）从武汉返回到广州，1月23日，在广州滘口汽车站乘坐8时30分班次客车返回到封开县杏花镇新和村家中',
      options,
    ).map(brief);
    expect(entries[0]).toMatchObject({ kind: 'visit', start: undefined, place: '湖北省黄冈市' });
    expect(entries[1]).toMatchObject({ kind: 'movement', start: '01-22 19:06', from: '武汉', to: '广州', transport: { mode: 'train', number: 'T95' } });
    expect(entries[2]).toMatchObject({ kind: 'movement', start: '01-23 08:30', from: '广州滘口汽车站', to: '封开县杏花镇新和村', transport: { mode: 'coach' } });
  });

  it('Shenzhen, id 17756: a full date with year, 晚上7点, and 当日下午', () => {
    const entries = readNotice('2020年1月21日晚上7点自驾车从武汉市江岸区抵达深圳，22日发病，当日下午入院就诊，目前情况稳定', options).map(brief);
    expect(entries[0]).toMatchObject({ kind: 'movement', start: '01-21 19:00', from: '武汉市江岸区', to: '深圳', transport: { mode: 'car' } });
    expect(entries[2]).toMatchObject({ start: '01-22 12:00', end: '01-22 18:00', approximate: true });
  });

  it('Guangzhou, id 27697: a clock time with no date in its clause carries the day before it', () => {
    const entries = readNotice('3月4日15时中山大学附属第一医院报告该患者新冠病毒核酸检测阳性， 17时30分由救护车从家中转送至广州市第八人民医院隔离治疗', {
      ...options,
      published: { year: 2020, month: 3, day: 20 },
    }).map(brief);
    expect(entries[1]).toMatchObject({ kind: 'movement', start: '03-04 17:30', to: '广州市第八人民医院' });
    expect(entries[1].from).toBeUndefined();
  });

  it('never invents a time: clauses before any date have none', () => {
    const [first] = readNotice('长期居住湖北省荆州市，2020年1月16日从荆州前往深圳', options);
    expect(first.start).toBeUndefined();
    expect(first.time).toBeUndefined();
  });

  it('narrows an open end to the next entry that starts later the same day', () => {
    const entries = readNotice('1月20日10:00到达汕头站，14:00到汕头市中心医院就诊', options).map(brief);
    expect(entries[0]).toMatchObject({ start: '01-20 10:00', end: '01-20 14:00', approximate: true });
  });
});

describe('hostile notices', () => {
  it('cuts a run without punctuation into bounded clauses, so no clause costs unbounded work', () => {
    const entries = readNotice('到'.repeat(20_000), options);
    expect(entries).toHaveLength(100);
    expect(Math.max(...entries.map((e) => e.text.length))).toBeLessThanOrEqual(200);
  });
});
