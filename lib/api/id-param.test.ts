import { describe, expect, it } from 'vitest';
import { readIdParam } from './id-param';

describe('readIdParam', () => {
  it('reads positive whole numbers in the serial range', () => {
    expect(readIdParam('1')).toBe(1);
    expect(readIdParam('2147483647')).toBe(2_147_483_647);
  });

  it('refuses everything else', () => {
    for (const bad of ['', '0', '-1', '01', '1.5', '1e3', 'abc', ' 1', '2147483648', '99999999999']) expect(readIdParam(bad), bad).toBeUndefined();
  });
});
