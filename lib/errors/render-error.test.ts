import { describe, expect, it } from 'vitest';
import { AppError, isAppError } from './app-error';
import { ERROR_CATALOGUE } from './catalogue';
import { errorBody, renderError } from './render-error';

describe('renderError', () => {
  it('renders a code in Chinese and English with its parameters', () => {
    expect(renderError('zh-CN', 'check.rule-invalid', { field: 'distanceMeters', reason: '须为正数' })).toBe('比对规则的 distanceMeters 无效：须为正数');
    expect(renderError('en', 'check.rule-invalid', { field: 'distanceMeters', reason: 'must be positive' })).toBe(
      'The rule field distanceMeters is invalid: must be positive',
    );
  });

  it('writes instants in the reader’s time zone', () => {
    expect(renderError('en', 'request.field-invalid', { field: 'at', reason: { instant: '2020-03-08T01:30:00Z' } }, 'Asia/Seoul')).toBe(
      'The field at is invalid: 08/03/2020, 10:30 GMT+9',
    );
  });

  it('leaves an unknown placeholder visible rather than inventing a value', () => {
    expect(renderError('en', 'request.rate-limited')).toBe('Too many requests. Try again in {retryAfterSeconds} s.');
  });
});

describe('errorBody', () => {
  it('keeps error and adds code and ISO params', () => {
    expect(errorBody('en', 'request.field-invalid', { field: 'at', reason: { instant: 0 } }, 'UTC')).toEqual({
      error: 'The field at is invalid: 01/01/1970, 00:00 UTC',
      code: 'request.field-invalid',
      params: { field: 'at', reason: '1970-01-01T00:00:00.000Z' },
    });
  });
});

describe('catalogue', () => {
  it('has both languages and a 4xx/5xx status for every code, and no stray placeholders between languages', () => {
    for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.status, code).toBeLessThan(600);
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(new Set(names(entry['zh-CN'])), code).toEqual(new Set(names(entry.en)));
      expect(/[\u4e00-\u9fff]/.test(entry['zh-CN']), code).toBe(true);
    }
  });
});

describe('AppError', () => {
  it('takes its status from the catalogue and is recognised', () => {
    const error = new AppError('request.not-found');
    expect(error.status).toBe(404);
    expect(isAppError(error)).toBe(true);
    expect(isAppError(new Error('x'))).toBe(false);
  });
});
