import { describe, expect, it } from 'vitest';
import { communityStatus } from './community-status';

describe('communityStatus', () => {
  it('takes the most severe zone in force, whatever the no-epidemic rule says', () => {
    expect(communityStatus(['precaution', 'controlled'], false)).toBe('controlled');
    expect(communityStatus(['precaution', 'sealed'], true)).toBe('sealed');
    expect(communityStatus(['precaution'], true)).toBe('precaution');
  });
  it('is no-epidemic without a zone when the rule holds, watch when it does not', () => {
    expect(communityStatus([], true)).toBe('no-epidemic');
    expect(communityStatus([], false)).toBe('watch');
  });
});
