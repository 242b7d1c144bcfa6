import { describe, expect, it } from 'vitest';
import { ACCOUNT_FREE_FAILURES, FREE_ATTEMPTS, accountBackoffSeconds, lockoutSeconds, scheduleTable } from './lockout';

describe('lockoutSeconds', () => {
  it('allows the first few attempts without a lock', () => {
    for (let n = 0; n < FREE_ATTEMPTS; n++) expect(lockoutSeconds(n)).toBe(0);
  });

  it('doubles from 30 s and stops at 15 minutes', () => {
    expect([5, 6, 7, 8, 9, 10, 11].map(lockoutSeconds)).toEqual([30, 60, 120, 240, 480, 900, 900]);
    expect(lockoutSeconds(10_000)).toBe(900);
  });
});

describe('accountBackoffSeconds', () => {
  it('starts only after many failures and grows more slowly than the per-client lock', () => {
    expect(accountBackoffSeconds(ACCOUNT_FREE_FAILURES - 1)).toBe(0);
    expect([20, 29, 30, 40, 50, 60, 70, 80].map(accountBackoffSeconds)).toEqual([60, 60, 120, 240, 480, 960, 1920, 3600]);
    expect(accountBackoffSeconds(1e6)).toBe(3600);
  });
});

describe('scheduleTable', () => {
  it('lists a schedule up to its cap, so the last entry stands for every later count', () => {
    expect(scheduleTable(lockoutSeconds)).toEqual([0, 0, 0, 0, 30, 60, 120, 240, 480, 900]);
    const account = scheduleTable(accountBackoffSeconds);
    expect(account).toHaveLength(80);
    expect(account.at(-1)).toBe(3600);
    account.forEach((seconds, i) => expect(seconds).toBe(accountBackoffSeconds(i + 1)));
  });
});
