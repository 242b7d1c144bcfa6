import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell } from './neutralise-cell';

describe('neutraliseCell', () => {
  it('prefixes text that a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+86 139', '-x', '@SUM(A1)', '\tTAB', '\rCR', '=HYPERLINK("http://e.x","y")']) {
      expect(neutraliseCell(text)).toBe(`'${text}`);
      expect(restoreCell(neutraliseCell(text))).toBe(text);
    }
  });
  it('leaves numbers and ordinary text alone', () => {
    for (const text of ['-73.9', '+1.5', '116.3', '朝阳菜市场', 'C-1', "it's", '']) {
      expect(neutraliseCell(text)).toBe(text);
      expect(restoreCell(text)).toBe(text);
    }
  });
});
