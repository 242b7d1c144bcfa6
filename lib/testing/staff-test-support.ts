import { NextRequest } from 'next/server';
import { hashPassword } from '@/lib/auth/password';
import { signIn } from '@/lib/auth/sign-in';
import { SESSION_COOKIE } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { createUser } from '@/lib/db/queries/users';
import type { UserRole } from '@/lib/db/schema';

/** Creates a user of `role` and returns a Cookie header value for a fresh session of theirs. */
export async function sessionCookieFor(db: Db, role: UserRole, username = `${role}-${Math.random().toString(36).slice(2, 8)}`): Promise<string> {
  const password = 'integration-test-password';
  await createUser(db, { username, role, passwordHash: await hashPassword(password) }, { label: 'test' });
  const result = await signIn(db, { username, password }, { isDemo: false });
  if (!result.ok) throw new Error(`could not sign in ${username}: ${result.reason}`);
  return `${SESSION_COOKIE}=${result.token}`;
}

/** A same-origin JSON request as the browser would send it, optionally with a session cookie. */
export function jsonRequest(method: string, path: string, body?: unknown, cookie?: string, origin = 'http://localhost'): NextRequest {
  const headers: Record<string, string> = { 'content-type': 'application/json', host: 'localhost', origin };
  if (cookie) headers.cookie = cookie;
  return new NextRequest(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** Route context for a dynamic segment. */
export const paramsOf = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });
