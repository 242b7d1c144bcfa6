import { describe, expect, it } from 'vitest';
import { parseCaseTrackQuery } from './case-track-query';

const q = (s: string) => parseCaseTrackQuery(new URLSearchParams(s));

describe('parseCaseTrackQuery', () => {
  it('reads from and to', () => {
    expect(q('from=2020-03-07T00:00:00Z&to=2020-03-08T00:00:00%2B09:00')).toEqual({ from: new Date('2020-03-07T00:00:00Z'), to: new Date('2020-03-07T15:00:00Z') });
  });

  it.each([
    ['to=2020-03-08T00:00:00Z', /"from" is required/],
    ['from=2020-03-07T00:00:00Z', /"to" is required/],
    ['from=yesterday&to=2020-03-08T00:00:00Z', /"from" must be an ISO 8601/],
    ['from=2020-03-08T00:00:00Z&to=2020-03-07T00:00:00Z', /"to" must be after/],
    ['from=2020-01-01T00:00:00Z&to=2020-06-01T00:00:00Z', /"to" must be at most 76 days/],
    ['from=2020-03-07T00:00:00Z&to=2020-03-08T00:00:00Z&bbox=1,2,3,4', /Unknown parameter "bbox"/],
    ['from=2020-03-07T00:00:00Z&from=2020-03-07T00:00:00Z&to=2020-03-08T00:00:00Z', /"from" is given more than once/],
  ])('refuses %s naming the parameter', (query, message) => {
    const result = q(query);
    expect('error' in result && result.error).toMatch(message);
  });
});
