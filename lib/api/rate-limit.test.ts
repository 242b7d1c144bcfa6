import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from './rate-limit';

describe('retryAfterSeconds', () => {
  it('is the time to refill the missing part of one token, rounded up', () => {
    expect(retryAfterSeconds(0, 1)).toBe(60);
    expect(retryAfterSeconds(0.5, 1)).toBe(30);
    expect(retryAfterSeconds(0.99, 1)).toBe(1);
    expect(retryAfterSeconds(0, 0.2)).toBe(300);
  });
  it('never says 0 for a refusal', () => {
    expect(retryAfterSeconds(0.99999, 60)).toBe(1);
    expect(retryAfterSeconds(0, 60)).toBe(1);
  });
});
