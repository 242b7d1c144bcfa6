import { describe, expect, it } from 'vitest';
import { containsPattern, pageCount, pageHref, readListQuery } from './list-query';

describe('readListQuery', () => {
  it('reads the search and the page, falling back to page 1 for anything odd', () => {
    expect(readListQuery({ q: ' C-01 ', page: '3' })).toEqual({ q: 'C-01', page: 3, pageSize: 50 });
    for (const page of ['0', '-2', '1.5', 'abc', '', undefined, '1e400']) expect(readListQuery({ page }).page).toBe(1);
    expect(readListQuery({ q: ['a', 'b'] }).q).toBe('a');
    expect(readListQuery({ q: 'x'.repeat(500) }).q).toHaveLength(100);
    expect(readListQuery({}, 20).pageSize).toBe(20);
  });
});

describe('containsPattern, pageCount and pageHref', () => {
  it('escapes LIKE wildcards', () => {
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
  it('counts pages, one at least', () => {
    expect([0, 1, 50, 51, 2000].map((n) => pageCount(n, 50))).toEqual([1, 1, 1, 2, 40]);
  });
  it('builds page links that keep the search', () => {
    expect(pageHref('/staff/cases', { q: '超市', status: 'draft' }, 2)).toBe('/staff/cases?q=%E8%B6%85%E5%B8%82&status=draft&page=2');
    expect(pageHref('/staff/cases', { q: '', page: '4' }, 1)).toBe('/staff/cases');
  });
});
