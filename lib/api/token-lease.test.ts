import { describe, expect, it } from 'vitest';
import {
  LEASE_MAX,
  LEASE_MS,
  leaseAfterTake,
  nextLeaseSize,
  pruneLeases,
  spendLeased,
  standingRefusal,
  unspentOnLapse,
  type Lease,
} from './token-lease';

/** A client sending `requests` one after another, `gapMs` apart, against a bucket holding `bucket` tokens. */
function simulate(requests: number, gapMs: number, bucket: number) {
  let lease: Lease | undefined;
  let tokens = bucket;
  let writes = 0;
  let allowed = 0;
  for (let i = 0; i < requests; i++) {
    const now = i * gapMs;
    if (spendLeased(lease, now)) {
      allowed++;
      continue;
    }
    if (standingRefusal(lease, now) > 0) continue;
    const size = nextLeaseSize(lease, now);
    tokens += unspentOnLapse(lease, now);
    const granted = Math.min(size, tokens);
    tokens -= granted;
    writes++;
    if (granted >= 1) allowed++;
    lease = leaseAfterTake(size, granted, granted >= 1 ? 0 : 1, now);
  }
  return { writes, allowed, tokensLeft: tokens };
}

describe('rate-limit leases', () => {
  it('admits exactly the bucket to a client sending faster than it refills, with few writes', () => {
    const run = simulate(1_000, 1, 60);
    expect(run.allowed).toBe(60);
    expect(run.tokensLeft).toBe(0);
    // 1 + 2 + 4 + 8 + 16 + 16 + 13 = 60 in 7 takes, then a refusal remembered for a second at a time.
    expect(run.writes).toBeLessThan(10);
  });

  it('asks for one token for a client that checks now and then, so an idle client never holds a lease', () => {
    const run = simulate(5, LEASE_MS * 3, 60);
    expect(run).toEqual({ writes: 5, allowed: 5, tokensLeft: 55 });
  });

  it('gives unspent tokens of a lapsed lease back: a client sending once a lease admits the whole bucket', () => {
    const run = simulate(50, LEASE_MS, 50);
    expect(run.allowed).toBe(50);
    // Sent as the previous lease lapses, each take asks for more than one token; all but one come back next time.
    expect(run.writes).toBe(50);
  });

  it('grows the lease while the client keeps sending, up to LEASE_MAX', () => {
    let lease: Lease | undefined;
    const sizes: number[] = [];
    for (let k = 0; k < 7; k++) {
      const size = nextLeaseSize(lease, k * 10);
      sizes.push(size);
      lease = leaseAfterTake(size, size, 0, k * 10);
    }
    expect(sizes).toEqual([1, 2, 4, 8, 16, LEASE_MAX, LEASE_MAX]);
  });

  it("counts a lapsed lease's tokens as unspent, and none while it holds", () => {
    const lease = leaseAfterTake(8, 8, 0, 0);
    expect(unspentOnLapse(lease, LEASE_MS - 1)).toBe(0);
    expect(unspentOnLapse(lease, LEASE_MS)).toBe(7);
  });

  it('does not spend a lapsed lease', () => {
    const lease = leaseAfterTake(8, 8, 0, 0);
    expect(spendLeased(lease, LEASE_MS - 1)).toBe(true);
    expect(spendLeased(lease, LEASE_MS)).toBe(false);
    expect(lease.tokens).toBe(6);
  });

  it('remembers a refusal no longer than its wait or a lease', () => {
    expect(standingRefusal(leaseAfterTake(4, 0, 30, 0), LEASE_MS - 1)).toBe(30);
    expect(standingRefusal(leaseAfterTake(4, 0, 30, 0), LEASE_MS)).toBe(0);
    expect(standingRefusal(leaseAfterTake(4, 3, 0, 0), 10)).toBe(0);
  });

  it('prunes lapsed leases only when the table is over its limit', () => {
    const leases = new Map<string, Lease>([
      ['old', leaseAfterTake(1, 1, 0, 0)],
      ['live', leaseAfterTake(1, 1, 0, 5 * LEASE_MS)],
    ]);
    pruneLeases(leases, 5 * LEASE_MS, 2);
    expect([...leases.keys()]).toEqual(['old', 'live']);
    pruneLeases(leases, 5 * LEASE_MS, 1);
    expect([...leases.keys()]).toEqual(['live']);
  });
});
