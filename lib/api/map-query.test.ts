import { describe, expect, it } from 'vitest';
import { parseMapQuery } from './map-query';

const parse = (query: string) => parseMapQuery(new URLSearchParams(query));

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
    ['at=yesterday', /"at" must be an ISO 8601 instant/],
    ['at=2020-03-10T12:00:00', /"at" must be an ISO 8601 instant with an offset/],
    ['at=2020-02-31T12:00:00Z', /"at" is not a real date/],
    ['at=2020-03-10T25:00:00Z', /"at" is not a real date/],
    ['bbox=1,2,3', /"bbox" must be four numbers/],
    ['bbox=1,2,,4', /"bbox" must be four numbers/],
    ['bbox=a,b,c,d', /"bbox" must be four numbers/],
    ['bbox=-200,0,10,10', /"bbox" is out of range/],
    ['bbox=10,10,0,20', /"bbox" must have min < max/],
    ['bbox=1,2,3,4&bbox=1,2,3,4', /"bbox" is given more than once/],
    ['zoom=3', /Unknown parameter "zoom"/],
  ])('rejects %s naming the parameter', (query, message) => {
    const result = parse(query);
    expect('error' in result && result.error).toMatch(message);
  });
});
