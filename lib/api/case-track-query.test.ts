import { describe, expect, it } from 'vitest';
import { renderError } from '@/lib/errors/render-error';
import { parseCaseTrackQuery } from './case-track-query';

const q = (s: string) => parseCaseTrackQuery(new URLSearchParams(s));

describe('parseCaseTrackQuery', () => {
  it('reads from and to', () => {
    expect(q('from=2020-03-07T00:00:00Z&to=2020-03-08T00:00:00%2B09:00')).toEqual({ from: new Date('2020-03-07T00:00:00Z'), to: new Date('2020-03-07T15:00:00Z') });
  });

  it.each([
    ['to=2020-03-08T00:00:00Z', /"from" is required/, /缺少参数 from/],
    ['from=2020-03-07T00:00:00Z', /"to" is required/, /缺少参数 to/],
    ['from=yesterday&to=2020-03-08T00:00:00Z', /"from" must be an ISO 8601/, /参数 from 须为带时区偏移的 ISO 8601 时间/],
    ['from=2020-03-08T00:00:00Z&to=2020-03-07T00:00:00Z', /"to" must be after/, /to 须晚于 from/],
    ['from=2020-01-01T00:00:00Z&to=2020-06-01T00:00:00Z', /"to" must be at most 76 days/, /最多比 from 晚 76 天/],
    ['from=2020-03-07T00:00:00Z&to=2020-03-08T00:00:00Z&bbox=1,2,3,4', /Unknown parameter "bbox"/, /不认识的参数 bbox/],
    ['from=2020-03-07T00:00:00Z&from=2020-03-07T00:00:00Z&to=2020-03-08T00:00:00Z', /"from" is given more than once/, /参数 from 重复出现/],
  ])('refuses %s naming the parameter in both languages', (query, en, zh) => {
    const result = q(query);
    expect(result).toHaveProperty('problem');
    const { problem } = result as { problem: { code: 'request.not-found'; params?: Record<string, string> } };
    expect(renderError('en', problem.code, problem.params)).toMatch(en);
    expect(renderError('zh-CN', problem.code, problem.params)).toMatch(zh);
  });
});
