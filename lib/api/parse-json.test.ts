import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { jsonDepth, parseJsonBounded } from './parse-json';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }
  throw new Error('expected an AppError');
};

describe('jsonDepth', () => {
  it('counts nesting and ignores brackets inside strings', () => {
    expect(jsonDepth('1')).toBe(0);
    expect(jsonDepth('{"a":[1,[2]]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[[\\"[["}')).toBe(1);
  });
});

describe('parseJsonBounded', () => {
  it('parses JSON within the limit', () => {
    expect(parseJsonBounded('\uFEFF{"trajectory":{"type":"Feature"}}', { maxDepth: 2 })).toEqual({ trajectory: { type: 'Feature' } });
  });

  it('refuses a million-deep array with a 413 code instead of overflowing the stack', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    expect(codeOf(() => parseJsonBounded(deep))).toBe('request.body-too-deep');
    expect(new AppError('request.body-too-deep').status).toBe(413);
  });

  it('answers empty and malformed bodies with their own codes', () => {
    expect(codeOf(() => parseJsonBounded('  '))).toBe('request.body-empty');
    expect(codeOf(() => parseJsonBounded('{"a":'))).toBe('request.body-malformed');
  });
});
