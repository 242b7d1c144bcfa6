import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows a burst up to capacity, then refuses with a retry time, then refills', () => {
    let now = 0;
    const limiter = new RateLimiter({ capacity: 3, perMinute: 60 }, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').isAllowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ isAllowed: false, retryAfterSeconds: 1 });
    now += 1000;
    expect(limiter.take('a').isAllowed).toBe(true);
    expect(limiter.take('a').isAllowed).toBe(false);
  });

  it('keeps clients apart', () => {
    const limiter = new RateLimiter({ capacity: 1, perMinute: 1 }, () => 0);
    expect(limiter.take('a').isAllowed).toBe(true);
    expect(limiter.take('a').isAllowed).toBe(false);
    expect(limiter.take('b').isAllowed).toBe(true);
  });

  it('forgets the least recently seen client past maxKeys', () => {
    const limiter = new RateLimiter({ capacity: 1, perMinute: 1, maxKeys: 2 }, () => 0);
    limiter.take('a');
    limiter.take('b');
    limiter.take('c'); // evicts a
    expect(limiter.take('a').isAllowed).toBe(true);
  });
});
