import { describe, expect, it } from 'vitest';
import { boundedText, databaseId, findNulPath, isSaneInstant, MAX_DATABASE_INT } from './bounded-input';

describe('boundedText', () => {
  it('refuses NUL, trims, and bounds the length', () => {
    const name = boundedText({ min: 1, max: 5 });
    expect(name.safeParse(' Li ').data).toBe('Li');
    expect(name.safeParse('L\u0000i').success).toBe(false);
    expect(name.safeParse('abcdef').success).toBe(false);
    expect(name.safeParse('  ').success).toBe(false);
  });
});

describe('databaseId', () => {
  it('accepts 1 … 2³¹−1 only', () => {
    expect(databaseId().safeParse(1).success).toBe(true);
    expect(databaseId().safeParse(MAX_DATABASE_INT).success).toBe(true);
    for (const bad of [0, -1, 1.5, 2 ** 31, Number.MAX_SAFE_INTEGER, '1', Infinity]) expect(databaseId().safeParse(bad).success, String(bad)).toBe(false);
  });
});

describe('isSaneInstant', () => {
  it('keeps years 1900–2199', () => {
    expect(isSaneInstant(Date.parse('2022-04-01T00:00:00Z'))).toBe(true);
    expect(isSaneInstant(Date.parse('+010000-01-01T00:00:00Z'))).toBe(false);
    expect(isSaneInstant(Date.parse('1899-12-31T23:59:59Z'))).toBe(false);
    expect(isSaneInstant(NaN)).toBe(false);
  });
});

describe('findNulPath', () => {
  it('names the first string or key holding NUL, at any depth', () => {
    expect(findNulPath({ a: 1, b: ['x', { place: 'a\u0000' }] })).toBe('b.1.place');
    expect(findNulPath({ ['k\u0000']: 1 })).toBe('k\u0000');
    expect(findNulPath('\u0000')).toBe('(body)');
    expect(findNulPath({ a: ['fine', 1, null, true] })).toBeUndefined();
  });

  it('does not mutate its input', () => {
    const value = { a: ['b'] };
    findNulPath(value);
    expect(value).toEqual({ a: ['b'] });
  });
});
