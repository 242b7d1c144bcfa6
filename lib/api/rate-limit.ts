/**
 * A token bucket per client key: `capacity` requests at once, refilled at `perMinute`. Kept in memory
 * (one app process; a shared store would be needed behind a load balancer). Old buckets are dropped
 * so a flood of distinct keys cannot grow memory without bound.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly options: { capacity: number; perMinute: number; maxKeys?: number },
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Takes one token for `key`; returns whether the request may go ahead and, if not, when to retry.
   *
   * @example
   * new RateLimiter({ capacity: 2, perMinute: 60 }).take('1.2.3.4') // → { isAllowed: true, retryAfterSeconds: 0 }
   */
  take(key: string): { isAllowed: boolean; retryAfterSeconds: number } {
    const now = this.now();
    const { capacity, perMinute } = this.options;
    const perMs = perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.buckets.delete(key);
    this.buckets.set(key, bucket); // re-insert: Map order is then least-recently-used first
    if (this.buckets.size > (this.options.maxKeys ?? 100_000)) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { isAllowed: true, retryAfterSeconds: 0 };
    }
    return { isAllowed: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / perMs / 1000) };
  }
}
