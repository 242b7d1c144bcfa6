import { describe, expect, it } from 'vitest';
import { FREE_ATTEMPTS, lockoutSeconds, secondsLocked } from './lockout';

describe('lockoutSeconds', () => {
  it('allows the first few failures without a lock', () => {
    for (let n = 0; n < FREE_ATTEMPTS; n++) expect(lockoutSeconds(n)).toBe(0);
  });

  it('doubles from 30 s and stops at 15 minutes', () => {
    expect([5, 6, 7, 8, 9, 10, 11].map(lockoutSeconds)).toEqual([30, 60, 120, 240, 480, 900, 900]);
    expect(lockoutSeconds(10_000)).toBe(900);
  });
});

describe('secondsLocked', () => {
  const now = new Date('2022-04-01T08:00:00Z');
  it('is 0 without a lock or after it ended', () => {
    expect(secondsLocked(null, now)).toBe(0);
    expect(secondsLocked(new Date('2022-04-01T07:59:00Z'), now)).toBe(0);
  });
  it('rounds the remaining time up to whole seconds', () => {
    expect(secondsLocked(new Date('2022-04-01T08:00:00.200Z'), now)).toBe(1);
  });
});
