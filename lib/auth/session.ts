import 'server-only';
import { cookies } from 'next/headers';
import { getDb } from '@/lib/db/client';
import { endSession, findSessionUser, type SessionUser } from '@/lib/db/queries/users';
import type { UserRole } from '@/lib/db/schema';
import { settings } from '@/lib/env';
import { AppError } from '@/lib/errors/app-error';
import { hashSessionToken } from './session-token';

export type { SessionUser };

export const SESSION_COOKIE = 'gridwatch-session';

/** Anything cookies can be read from: `await cookies()` in Server Components and actions, `request.cookies` in route handlers. */
export type CookieSource = { get(name: string): { value: string } | undefined };

/** Thrown by `requireRole`: 401 when nobody is signed in, 403 when the role is not allowed. */
export class AuthError extends AppError {
  constructor(status: 401 | 403) {
    super(status === 401 ? 'auth.signed-out' : 'auth.forbidden');
    this.message = status === 401 ? 'Sign in first.' : 'Your role may not do this.';
    this.name = 'AuthError';
  }
}

/** The roles allowed to read staff data (drafts, reports, the audit log). */
export const READ_ROLES: readonly UserRole[] = ['admin', 'staff', 'official'];
/** The roles allowed to change zones and cases. Officials read only; admins manage users. */
export const EDIT_ROLES: readonly UserRole[] = ['staff'];

/**
 * The signed-in user, or null for the public. Reads the session cookie from `source` (defaults to the
 * request's cookies; pass `request.cookies` in a route handler).
 *
 * @example
 * const user = await getSessionUser(); // → { id: 2, username: 'staff', role: 'staff', isDemo: true } | null
 */
export async function getSessionUser(source?: CookieSource): Promise<SessionUser | null> {
  const token = (source ?? (await cookies())).get(SESSION_COOKIE)?.value;
  if (!token || token.length > 100) return null;
  return (await findSessionUser(await getDb(), hashSessionToken(token), new Date(), { isDemo: settings.isDemo })) ?? null;
}

/**
 * The signed-in user if their role is one of `roles`; throws AuthError(401) for the public and
 * AuthError(403) for another role. Use it at the top of every server action and mutating route.
 *
 * @example
 * const user = await requireRole(['staff']); // in a server action
 * const user = await requireRole(EDIT_ROLES, request.cookies); // in a route handler
 */
export async function requireRole(roles: readonly UserRole[], source?: CookieSource): Promise<SessionUser> {
  const user = await getSessionUser(source);
  if (!user) throw new AuthError(401);
  if (!roles.includes(user.role)) throw new AuthError(403);
  return user;
}

/** The session cookie's attributes: HttpOnly, SameSite=Lax, Secure in production, for the whole site. */
export function sessionCookieOptions(expiresAt: Date) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: settings.isSecureCookie, path: '/', expires: expiresAt };
}

/** Ends the current session (server actions and route handlers) and clears the cookie. */
export async function signOutCurrent(): Promise<void> {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE)?.value;
  if (token) await endSession(await getDb(), hashSessionToken(token));
  store.delete(SESSION_COOKIE);
}
