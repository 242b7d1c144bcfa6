import 'server-only';
import type { Db } from '@/lib/db/client';
import { findUserByUsername, recordFailedSignIn, startSession, type SessionUser } from '@/lib/db/queries/users';
import { lockoutSeconds, secondsLocked } from './lockout';
import { getDummyHash, verifyPassword } from './password';
import { hashSessionToken, newSessionToken } from './session-token';

/** Sessions last a working day and a half: long enough for a shift, short enough to expire overnight. */
export const SESSION_HOURS = 36;

export type SignInResult =
  | { ok: true; user: SessionUser; token: string; expiresAt: Date }
  | { ok: false; reason: 'invalid' | 'locked' | 'demo-disabled'; retryAfterSeconds?: number };

/**
 * Checks a username and password and opens a session. Unknown users, wrong passwords and disabled accounts
 * all answer 'invalid' after the same argon2 work (no username probing); a locked account answers 'locked'
 * without checking the password; demo accounts answer 'demo-disabled' outside demo mode.
 *
 * @example
 * await signIn(db, { username: 'staff', password: 'demo-staff-2022' }, { isDemo: true })
 * // → { ok: true, user: { id: 2, username: 'staff', role: 'staff', isDemo: true }, token: '…', expiresAt: Date }
 */
export async function signIn(
  db: Db,
  credentials: { username: string; password: string },
  options: { isDemo: boolean; now?: Date },
): Promise<SignInResult> {
  const now = options.now ?? new Date();
  const user = await findUserByUsername(db, credentials.username.trim());
  if (!user) {
    await verifyPassword(await getDummyHash(), credentials.password);
    return { ok: false, reason: 'invalid' };
  }
  const locked = secondsLocked(user.lockedUntil, now);
  if (locked > 0) return { ok: false, reason: 'locked', retryAfterSeconds: locked };
  const isMatch = await verifyPassword(user.passwordHash, credentials.password);
  if (!isMatch || user.isDisabled) {
    const count = await recordFailedSignIn(db, user.id, lockoutSeconds, now);
    const lock = lockoutSeconds(count);
    return lock > 0 ? { ok: false, reason: 'locked', retryAfterSeconds: lock } : { ok: false, reason: 'invalid' };
  }
  if (user.isDemo && !options.isDemo) return { ok: false, reason: 'demo-disabled' };
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await startSession(db, user.id, hashSessionToken(token), expiresAt, now);
  return { ok: true, user: { id: user.id, username: user.username, role: user.role, isDemo: user.isDemo }, token, expiresAt };
}
