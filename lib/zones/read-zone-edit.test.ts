import { problemText } from '@/lib/errors/problem';
import { describe, expect, it } from 'vitest';
import { readZoneEdit } from './read-zone-edit';

const square = { type: 'Polygon', coordinates: [[[126.88, 37.49], [126.89, 37.49], [126.89, 37.5], [126.88, 37.5], [126.88, 37.49]]] };
const base = { kind: 'sealed', name: 'Block 3', effectiveFrom: '2022-04-01T00:00:00+08:00', geometry: square };

describe('readZoneEdit', () => {
  it('returns the zone as a MultiPolygon with dates', () => {
    const result = readZoneEdit({ ...base, plannedLift: '2022-04-08T00:00:00+08:00', version: 3 });
    expect(result).toMatchObject({ zone: { kind: 'sealed', name: 'Block 3', version: 3, geom: { type: 'MultiPolygon' } } });
    if ('zone' in result) expect(result.zone.effectiveFrom.toISOString()).toBe('2022-03-31T16:00:00.000Z');
  });

  it('rejects a self-intersecting boundary with a sentence saying where', () => {
    const bowTie = { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]] };
    expect(readZoneEdit({ ...base, geometry: bowTie })).toEqual({ problem: { code: 'zone.self-intersection', params: { lng: '0.500000', lat: '0.500000', count: 1 }, field: 'geometry' } });
  });

  it('rejects too few corners, a bad kind, an empty name and a lift before the start', () => {
    const line = { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [0, 0]]] };
    const text = (input: unknown) => {
      const read = readZoneEdit(input);
      if (!('problem' in read)) throw new Error('expected a problem');
      return problemText(read.problem);
    };
    expect(text({ ...base, geometry: line }).en).toMatch(/at least 4/);
    expect(text({ ...base, kind: 'lockdown' })).toEqual({ 'zh-CN': 'kind 无效：须为以下之一：sealed、controlled、precaution', en: 'kind: must be one of sealed, controlled, precaution' });
    expect(text({ ...base, name: '  ' })).toEqual({ 'zh-CN': 'name 无效：不能为空', en: 'name: must not be empty' });
    expect(text({ ...base, plannedLift: '2022-03-01T00:00:00+08:00' })).toEqual({ 'zh-CN': 'plannedLift 无效：须晚于区域生效时间', en: 'plannedLift: must be after the zone takes effect' });
  });

  it('names the reason in both languages, a NUL character included (not a bare "值无效" in Chinese)', () => {
    const read = readZoneEdit({ ...base, name: 'Block\u00003' });
    expect('problem' in read && problemText(read.problem)).toEqual({ 'zh-CN': 'name 无效：不能含有空字符（U+0000）', en: 'name: must not contain a NUL character (U+0000)' });
  });

  it('does not mutate its input', () => {
    const input = structuredClone(base);
    readZoneEdit(input);
    expect(input).toEqual(base);
  });
});
