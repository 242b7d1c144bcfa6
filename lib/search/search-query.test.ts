import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from './search-query';

describe('parseSearchQuery', () => {
  it('trims and normalises', () => {
    expect(parseSearchQuery('  新道林 ')).toBe('新道林');
    expect(parseSearchQuery('Cafe\u0301')).toBe('Café');
  });
  it('refuses empty, over-long and control-character text', () => {
    expect(parseSearchQuery(null)).toBeNull();
    expect(parseSearchQuery('   ')).toBeNull();
    expect(parseSearchQuery('a'.repeat(51))).toBeNull();
    expect(parseSearchQuery('界'.repeat(50))).toBe('界'.repeat(50));
    expect(parseSearchQuery('a\u0000b')).toBeNull();
  });
});
