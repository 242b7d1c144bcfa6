import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors/app-error';
import { jsonNestingDepth, parseJsonBounded } from './parse-json';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isAppError(error) ? error.code : `not an AppError: ${String(error)}`;
  }
  return undefined;
}

describe('jsonNestingDepth', () => {
  it('counts brackets outside strings only', () => {
    expect(jsonNestingDepth('{"a": [1, "[[[{{"]}')).toBe(2);
    expect(jsonNestingDepth('"\\"[["')).toBe(0);
    expect(jsonNestingDepth('[[], [[]]]')).toBe(3);
    expect(jsonNestingDepth('42')).toBe(0);
  });

  it('stops counting once past the limit', () => {
    expect(jsonNestingDepth('['.repeat(1_000_000), 10)).toBe(11);
  });
});

describe('parseJsonBounded', () => {
  it('parses ordinary JSON, with or without a byte-order mark', () => {
    expect(parseJsonBounded('{"type": "FeatureCollection", "features": []}')).toEqual({ type: 'FeatureCollection', features: [] });
    expect(parseJsonBounded('\uFEFF[1, 2]')).toEqual([1, 2]);
  });

  it('accepts nesting exactly at the limit and refuses one level more', () => {
    expect(parseJsonBounded('[[[1]]]', { maxDepth: 3 })).toEqual([[[1]]]);
    expect(codeOf(() => parseJsonBounded('[[[[1]]]]', { maxDepth: 3 }))).toBe('request.body-too-deep');
  });

  it('refuses the probe: 5,000 levels of arrays and of objects, before parsing', () => {
    expect(codeOf(() => parseJsonBounded('['.repeat(5000) + ']'.repeat(5000)))).toBe('request.body-too-deep');
    expect(codeOf(() => parseJsonBounded('{"a":'.repeat(5000) + '1' + '}'.repeat(5000)))).toBe('request.body-too-deep');
    // Unclosed: still refused for depth, never handed to JSON.parse.
    expect(codeOf(() => parseJsonBounded('['.repeat(100_000)))).toBe('request.body-too-deep');
  });

  it('does not count brackets inside strings, even after escaped quotes', () => {
    const text = JSON.stringify({ note: '\\"' + '['.repeat(500) });
    expect(parseJsonBounded(text, { maxDepth: 2 })).toEqual({ note: '\\"' + '['.repeat(500) });
  });

  it('answers text that is not JSON as malformed', () => {
    expect(codeOf(() => parseJsonBounded('{"a": '))).toBe('request.body-malformed');
    expect(codeOf(() => parseJsonBounded(''))).toBe('request.body-malformed');
    expect(codeOf(() => parseJsonBounded('[1]]]]]'))).toBe('request.body-malformed');
  });

  it('carries the limit for the message', () => {
    try {
      parseJsonBounded('[[[]]]', { maxDepth: 2 });
    } catch (error) {
      expect(isAppError(error) && error.params).toEqual({ limit: 2 });
    }
    expect.assertions(1);
  });
});
