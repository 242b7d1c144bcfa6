/**
 * Rate-limit leases: what one app instance holds of a client's shared bucket (lib/db/queries/throttles.ts).
 * A client's first request takes one token from the database; while it keeps sending, each take leases twice
 * as many (up to LEASE_MAX) and this instance spends them without a write. A refusal is remembered briefly,
 * so a flood is refused from memory too. Leased tokens unspent when the lease lapses go back to the shared
 * bucket with the client's next take here (`unspentOnLapse`); only a client that never returns to this
 * instance leaves up to LEASE_MAX − 1 of them unused, which makes its limit stricter, never looser.
 */

/** The most tokens one take leases: a busy client costs one database write per this many requests. */
export const LEASE_MAX = 16;
/** How long leased tokens (or a refusal) stay good: short, so instances share a client's budget fairly. */
export const LEASE_MS = 1_000;

export type Lease = {
  /** Tokens this instance may still spend. */
  tokens: number;
  /** How many the last take asked for. */
  size: number;
  /** When the leased tokens (or the refusal) lapse, in ms since the epoch. */
  until: number;
  /** Seconds a refused client must wait (0 when the last take was granted). */
  refusedForSeconds: number;
};

/**
 * Spends one leased token if the lease holds one and has not lapsed; returns whether it did.
 *
 * @example
 * spendLeased({ tokens: 2, size: 2, until: 2_000, refusedForSeconds: 0 }, 1_500) // → true (1 token left)
 */
export function spendLeased(lease: Lease | undefined, now: number): boolean {
  if (!lease || now >= lease.until || lease.tokens < 1) return false;
  lease.tokens -= 1;
  return true;
}

/**
 * Tokens of a lapsed lease that were never spent, to give back to the shared bucket (0 while it holds).
 *
 * @example
 * unspentOnLapse({ tokens: 5, size: 8, until: 1_000, refusedForSeconds: 0 }, 1_000) // → 5
 */
export function unspentOnLapse(lease: Lease | undefined, now: number): number {
  return lease && now >= lease.until ? lease.tokens : 0;
}

/**
 * The refusal still in force for this client (seconds to wait), or 0.
 *
 * @example
 * standingRefusal({ tokens: 0, size: 1, until: 2_000, refusedForSeconds: 3 }, 1_500) // → 3
 */
export function standingRefusal(lease: Lease | undefined, now: number): number {
  return lease && now < lease.until && lease.refusedForSeconds > 0 ? lease.refusedForSeconds : 0;
}

/**
 * How many tokens the next take should ask for: one for a client new or idle here, else double the last.
 *
 * @example
 * nextLeaseSize(undefined, 0) // → 1
 * nextLeaseSize({ tokens: 0, size: 4, until: 1_000, refusedForSeconds: 0 }, 500) // → 8
 */
export function nextLeaseSize(lease: Lease | undefined, now: number): number {
  if (!lease || now >= lease.until + LEASE_MS) return 1;
  return Math.min(LEASE_MAX, lease.size * 2);
}

/**
 * The lease after a take that asked for `size` and was granted `granted` (one of which the request spends).
 *
 * @example
 * leaseAfterTake(8, 8, 0, 1_000) // → { tokens: 7, size: 8, until: 2_000, refusedForSeconds: 0 }
 */
export function leaseAfterTake(size: number, granted: number, retryAfterSeconds: number, now: number): Lease {
  if (granted < 1)
    return {
      tokens: 0,
      size: 1,
      until: now + Math.min(LEASE_MS, retryAfterSeconds * 1000),
      refusedForSeconds: retryAfterSeconds,
    };
  return { tokens: granted - 1, size, until: now + LEASE_MS, refusedForSeconds: 0 };
}

/**
 * Drops lapsed leases once the table holds more than `limit` (called before adding one); if every lease is
 * live, forgets them all (they are only an optimisation: the shared bucket is the truth).
 */
export function pruneLeases(leases: Map<string, Lease>, now: number, limit = 10_000): void {
  if (leases.size <= limit) return;
  for (const [key, lease] of leases) if (now >= lease.until + LEASE_MS) leases.delete(key);
  if (leases.size > limit) leases.clear();
}
