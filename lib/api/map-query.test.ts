import { describe, expect, it } from 'vitest';
import { renderError } from '@/lib/errors/render-error';
import { parseMapQuery } from './map-query';

const parse = (query: string, known?: string[]) => parseMapQuery(new URLSearchParams(query), known);

describe('parseMapQuery', () => {
  it('accepts no parameters', () => {
    expect(parse('')).toEqual({ filter: {} });
  });

  it('reads at and bbox', () => {
    expect(parse('at=2020-03-10T12:00:00%2B09:00&bbox=126.8,37.4,127.1,37.7')).toEqual({
      filter: { at: new Date('2020-03-10T03:00:00Z'), bbox: [126.8, 37.4, 127.1, 37.7] },
    });
  });

  it.each([
    ['at=yesterday', 'query.instant-invalid', /"at" must be an ISO 8601 instant/, /参数 at 须为带时区偏移/],
    ['at=2020-03-10T12:00:00', 'query.instant-invalid', /"at" must be an ISO 8601 instant with an offset/, /参数 at/],
    ['at=2020-02-31T12:00:00Z', 'query.instant-not-real', /"at" is not a real date/, /参数 at 不是真实存在的日期时间/],
    ['at=2020-03-10T25:00:00Z', 'query.instant-not-real', /"at" is not a real date/, /参数 at/],
    ['at=9999-12-31T23:00:00-05:00', 'request.date-out-of-range', /The date in at is out of range/, /at 的日期超出范围/],
    ['bbox=1,2,3', 'query.bbox-shape', /"bbox" must be four numbers/, /bbox 须为四个数/],
    ['bbox=1,2,,4', 'query.bbox-shape', /"bbox" must be four numbers/, /bbox/],
    ['bbox=a,b,c,d', 'query.bbox-shape', /"bbox" must be four numbers/, /bbox/],
    ['bbox=-200,0,10,10', 'query.bbox-range', /"bbox" is out of range/, /bbox 超出范围/],
    ['bbox=10,10,0,20', 'query.bbox-order', /"bbox" must have min < max/, /bbox 的最小经纬度须小于最大经纬度/],
    ['bbox=1,2,3,4&bbox=1,2,3,4', 'query.parameter-repeated', /"bbox" is given more than once/, /参数 bbox 重复出现/],
    ['zoom=3', 'query.parameter-unknown', /Unknown parameter "zoom": use at, bbox/, /不认识的参数 zoom/],
  ])('rejects %s with code %s naming the parameter in both languages', (query, code, en, zh) => {
    const result = parse(query);
    expect('problem' in result && result.problem.code).toBe(code);
    const { problem } = result as { problem: { code: 'request.not-found'; params: Record<string, string> } };
    expect(renderError('en', problem.code, problem.params)).toMatch(en);
    expect(renderError('zh-CN', problem.code, problem.params)).toMatch(zh);
  });

  it('takes the parameters an endpoint knows', () => {
    expect(parse('bbox=1,2,3,4', ['at'])).toMatchObject({ problem: { code: 'query.parameter-unknown', params: { parameter: 'bbox', known: 'at' } } });
  });
});
