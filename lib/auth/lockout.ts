/** Failed sign-ins allowed before the first lockout: enough for typos, too few for guessing. */
export const FREE_ATTEMPTS = 5;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 15 * 60;

/**
 * How long an account stays locked after its `failedCount`-th consecutive failed sign-in: nothing for the
 * first few, then 30 s doubling with each further failure, capped at 15 minutes (so an attacker cannot
 * lock a colleague out for a day, and guessing stays impractically slow).
 *
 * @example
 * lockoutSeconds(4) // → 0
 * lockoutSeconds(5) // → 30
 * lockoutSeconds(7) // → 120
 * lockoutSeconds(50) // → 900
 */
export function lockoutSeconds(failedCount: number): number {
  if (failedCount < FREE_ATTEMPTS) return 0;
  const exponent = Math.min(failedCount - FREE_ATTEMPTS, 10);
  return Math.min(FIRST_LOCK_SECONDS * 2 ** exponent, MAX_LOCK_SECONDS);
}

/**
 * Seconds until a lock ends, or 0 when the account is not locked at `now`.
 *
 * @example
 * secondsLocked(new Date('2022-04-01T08:00:30Z'), new Date('2022-04-01T08:00:00Z')) // → 30
 */
export function secondsLocked(lockedUntil: Date | null, now: Date): number {
  if (!lockedUntil) return 0;
  return Math.max(0, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
}
