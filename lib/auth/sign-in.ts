import 'server-only';
import { UNKNOWN_CLIENT } from '@/lib/api/client-key';
import type { Db } from '@/lib/db/client';
import { findUserByUsername, startSession, type SessionUser } from '@/lib/db/queries/users';
import { admitSignInAttempt, clearSignInThrottle, recordAccountFailure } from '@/lib/db/queries/throttles';
import { ACCOUNT_WINDOW_SECONDS, accountBackoffSeconds, lockoutSeconds, scheduleTable } from './lockout';
import { getDummyHash, verifyPassword } from './password';
import { hashSessionToken, newSessionToken } from './session-token';

/** Sessions last a working day and a half: long enough for a shift, short enough to expire overnight. */
export const SESSION_HOURS = 36;

const LOCK_TABLE = scheduleTable(lockoutSeconds);
const ACCOUNT_BACKOFF_TABLE = scheduleTable(accountBackoffSeconds);

export type SignInResult =
  | { ok: true; user: SessionUser; token: string; expiresAt: Date }
  | { ok: false; reason: 'invalid' | 'locked' | 'demo-disabled'; retryAfterSeconds?: number };

/**
 * Checks a username and password from a client (its address key; unknown if not given) and opens a session. The attempt is
 * admitted or refused by the shared throttles first (lib/auth/lockout.ts), keyed by the username as typed:
 * unknown and existing usernames go through the same steps, the same argon2 verification (against a dummy
 * hash for an unknown one) and the same answers. A refused attempt answers 'locked' without verifying.
 * Disabled accounts answer 'invalid'; demo accounts 'demo-disabled' outside demo mode.
 *
 * @example
 * await signIn(db, { username: 'staff', password: 'demo-staff-2022' }, { isDemo: true, client: '203.0.113.7' })
 * // → { ok: true, user: { id: 2, username: 'staff', role: 'staff', isDemo: true }, token: '…', expiresAt: Date }
 */
export async function signIn(
  db: Db,
  credentials: { username: string; password: string },
  options: { isDemo: boolean; client?: string; now?: Date; verify?: typeof verifyPassword },
): Promise<SignInResult> {
  const now = options.now ?? new Date();
  const username = credentials.username.trim();
  const client = options.client ?? UNKNOWN_CLIENT;
  const admission = await admitSignInAttempt(db, username, client, LOCK_TABLE, options.now);
  if (!admission.isAdmitted) return { ok: false, reason: 'locked', retryAfterSeconds: Math.max(1, admission.waitSeconds) };
  const user = await findUserByUsername(db, username);
  const isMatch = await (options.verify ?? verifyPassword)(user?.passwordHash ?? (await getDummyHash()), credentials.password);
  if (!user || !isMatch || user.isDisabled) {
    await recordAccountFailure(db, username, ACCOUNT_BACKOFF_TABLE, ACCOUNT_WINDOW_SECONDS, options.now);
    // The lock this attempt earned (it was set when the attempt was admitted).
    const locked = lockoutSeconds(admission.attempts);
    return locked > 0 ? { ok: false, reason: 'locked', retryAfterSeconds: locked } : { ok: false, reason: 'invalid' };
  }
  await clearSignInThrottle(db, username, client);
  if (user.isDemo && !options.isDemo) return { ok: false, reason: 'demo-disabled' };
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await startSession(db, user.id, hashSessionToken(token), expiresAt, now);
  return { ok: true, user: { id: user.id, username: user.username, role: user.role, isDemo: user.isDemo }, token, expiresAt };
}
