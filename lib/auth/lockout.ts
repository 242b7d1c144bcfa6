/*
 * The sign-in lockout (issue 20): it must slow guessing without letting anyone lock the owner out.
 * - Per (account, client): a few free attempts, then a lock that doubles (30 s … 15 min) — the client
 *   guessing is slowed, every other client is not.
 * - Per account, from every client: a slower backoff (from 20 failures within an hour, 1 min … 1 h) that
 *   applies only to clients that have failed on the account since their last success, so a botnet gets one
 *   guess per address per backoff while the owner, signing in from a client that has not failed, never
 *   waits.
 * - Per client, across accounts: the sign-in rate limit (lib/api/rate-limit.ts).
 * Counters key on the username as typed, so an unknown username locks exactly like a real one.
 */

/** Attempts a client may make on an account before the first lock: enough for typos, too few for guessing. */
export const FREE_ATTEMPTS = 5;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 15 * 60;

/** Failures on one account from all clients within this window before the account-wide backoff starts. */
export const ACCOUNT_FREE_FAILURES = 20;
/** The account-wide count restarts after this long without a failure. */
export const ACCOUNT_WINDOW_SECONDS = 3600;
const ACCOUNT_FIRST_BACKOFF_SECONDS = 60;
const ACCOUNT_MAX_BACKOFF_SECONDS = 3600;

/**
 * How long a client waits on an account after its `attemptCount`-th attempt since its last success:
 * nothing for the first few, then 30 s doubling with each further attempt, capped at 15 minutes.
 *
 * @example
 * lockoutSeconds(4) // → 0
 * lockoutSeconds(5) // → 30
 * lockoutSeconds(7) // → 120
 * lockoutSeconds(50) // → 900
 */
export function lockoutSeconds(attemptCount: number): number {
  if (attemptCount < FREE_ATTEMPTS) return 0;
  const exponent = Math.min(attemptCount - FREE_ATTEMPTS, 10);
  return Math.min(FIRST_LOCK_SECONDS * 2 ** exponent, MAX_LOCK_SECONDS);
}

/**
 * How long clients that have failed on an account wait after its `failureCount`-th failure within the
 * window (from any client): nothing below 20, then 1 minute doubling every 10 failures, capped at 1 hour.
 *
 * @example
 * accountBackoffSeconds(19) // → 0
 * accountBackoffSeconds(20) // → 60
 * accountBackoffSeconds(30) // → 120
 * accountBackoffSeconds(1000) // → 3600
 */
export function accountBackoffSeconds(failureCount: number): number {
  if (failureCount < ACCOUNT_FREE_FAILURES) return 0;
  const exponent = Math.min(Math.floor((failureCount - ACCOUNT_FREE_FAILURES) / 10), 10);
  return Math.min(ACCOUNT_FIRST_BACKOFF_SECONDS * 2 ** exponent, ACCOUNT_MAX_BACKOFF_SECONDS);
}

/**
 * A schedule as a table, `[f(1), f(2), …]` up to where it stops changing, for the database to index by
 * count (its last entry stands for every later count).
 *
 * @example
 * scheduleTable(lockoutSeconds) // → [0, 0, 0, 0, 30, 60, 120, 240, 480, 900]
 */
export function scheduleTable(schedule: (count: number) => number, maxCount = 200): number[] {
  const table: number[] = [];
  for (let n = 1; n <= maxCount; n++) {
    table.push(schedule(n));
    if (n > 1 && schedule(n) === schedule(maxCount) && schedule(n - 1) !== schedule(n)) break;
  }
  return table;
}
