import 'server-only';
import { getDb, type Db } from '@/lib/db/client';
import { takeBucketTokens } from '@/lib/db/queries/throttles';
import { settings } from '@/lib/env';
import type { ErrorCode } from '@/lib/errors/catalogue';
import { clientKey } from './client-key';
import { codedErrorResponse, isDatabaseUnavailable } from './respond';
import { leaseAfterTake, nextLeaseSize, pruneLeases, spendLeased, standingRefusal, unspentOnLapse, type Lease } from './token-lease';

/**
 * A token bucket per client: `capacity` requests at once, refilled at `perMinute`. The buckets live in the
 * database (lib/db/queries/throttles.ts), so every app instance behind the proxy draws on the same ones.
 * A bucket must refill within the sweep's idle hour (capacity / perMinute ≤ 60).
 */
export type RateLimit = {
  name: string;
  capacity: number;
  perMinute: number;
  code: ErrorCode;
  /** Served from leases of several tokens (token-lease.ts): for limits a busy client hits hundreds of times a second. */
  isLeased?: boolean;
};

/** Generous for a person re-checking with other rules; a script hammering the endpoint gets 429s. */
export const CHECK_LIMIT: RateLimit = {
  name: 'check',
  capacity: settings.checkRate.burst,
  perMinute: settings.checkRate.perMinute,
  code: 'check.rate-limited',
  isLeased: true,
};
/** A resident sends one report, perhaps a corrected second: a few per hour is plenty; a flood is not. */
export const REPORT_LIMIT: RateLimit = {
  name: 'report',
  capacity: settings.reportRate.burst,
  perMinute: settings.reportRate.perMinute,
  code: 'request.rate-limited',
};
/** One limit for the sign-in form and API: a client guessing passwords (on any account) is slowed across both. */
export const SIGN_IN_LIMIT: RateLimit = {
  name: 'sign-in',
  capacity: settings.signInPerMinute * 2,
  perMinute: settings.signInPerMinute,
  code: 'auth.rate-limited',
};

export type Allowance = { isAllowed: boolean; retryAfterSeconds: number };

/**
 * Seconds until a bucket holding `tokens` has one again.
 *
 * @example
 * retryAfterSeconds(0.5, 60) // → 1
 * retryAfterSeconds(0, 0.2) // → 300
 */
export function retryAfterSeconds(tokens: number, perMinute: number): number {
  return Math.max(1, Math.ceil(((1 - tokens) * 60) / perMinute));
}

/** This instance's leases of the shared buckets (token-lease.ts), one table for every copy of this module. */
const globalForLeases = globalThis as typeof globalThis & { gridwatchRateLeases?: Map<string, Lease> };
const leases = (globalForLeases.gridwatchRateLeases ??= new Map());

/** Forgets this instance's leases (tests that empty the buckets table). */
export function forgetRateLeases(): void {
  leases.clear();
}

/**
 * Takes one request from `client`'s bucket of `limit`, shared across instances. For a leased limit on the real clock a busy
 * client's requests are mostly served from a lease of several tokens (one database write per lease); with
 * `options.now` (tests of the shared bucket) every take goes to the database.
 *
 * @example
 * await takeRateLimit(CHECK_LIMIT, '203.0.113.7') // → { isAllowed: true, retryAfterSeconds: 0 }
 */
export async function takeRateLimit(limit: RateLimit, client: string, options: { db?: Db; now?: Date } = {}): Promise<Allowance> {
  const key = `${limit.name}:${client}`;
  const isLeasing = limit.isLeased === true && options.now === undefined;
  const now = Date.now();
  const lease = isLeasing ? leases.get(key) : undefined;
  if (spendLeased(lease, now)) return { isAllowed: true, retryAfterSeconds: 0 };
  const refusedFor = standingRefusal(lease, now);
  if (refusedFor > 0) return { isAllowed: false, retryAfterSeconds: refusedFor };
  const size = isLeasing ? nextLeaseSize(lease, now) : 1;
  const db = options.db ?? (await getDb());
  // Unspent tokens of a lapsed lease go back with this take; zeroed now, so a concurrent take cannot return them too.
  const returned = unspentOnLapse(lease, now);
  if (lease) lease.tokens -= returned;
  const take = await takeBucketTokens(db, key, limit, size, options.now, returned);
  const retry = take.granted >= 1 ? 0 : retryAfterSeconds(take.tokens, limit.perMinute);
  if (isLeasing) {
    pruneLeases(leases, now);
    leases.set(key, leaseAfterTake(size, take.granted, retry, Date.now()));
  }
  return { isAllowed: take.granted >= 1, retryAfterSeconds: retry };
}

/**
 * The 429 answer (coded, in the reader's language, with Retry-After) when the request's client has used up
 * `limit`, else undefined. A database that cannot be reached lets the request through: the limit guards
 * the service, and the request meets the outage itself if it needs the database.
 */
export async function rateLimitResponse(request: Request, limit: RateLimit): Promise<Response | undefined> {
  let allowance: Allowance;
  try {
    allowance = await takeRateLimit(limit, clientKey(request.headers));
  } catch (error) {
    if (isDatabaseUnavailable(error)) return undefined;
    throw error;
  }
  if (allowance.isAllowed) return undefined;
  const seconds = allowance.retryAfterSeconds;
  return codedErrorResponse(
    request,
    limit.code,
    { retryAfterSeconds: seconds },
    { retryAfterSeconds: seconds },
    { headers: { 'Retry-After': String(seconds) } },
  );
}
