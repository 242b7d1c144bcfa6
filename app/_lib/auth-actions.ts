'use server';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientKey } from '@/lib/api/client-key';
import { attemptSignIn } from '@/lib/auth/sign-in-request';
import { SESSION_COOKIE, sessionCookieOptions, signOutCurrent } from '@/lib/auth/session';

export type SignInState = { reason?: 'invalid' | 'locked' | 'rate-limited' | 'demo-disabled' | 'missing'; seconds?: number; username?: string };

/** Only local paths: `next` must not send a user who just signed in to another site. */
const safeNext = (value: FormDataEntryValue | null) => (typeof value === 'string' && /^\/(?!\/)[\w\-/?=&.]*$/.test(value) ? value : '/staff/zones');

/** The sign-in form's action: opens a session and goes on to `next`, or says why not. */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const attempt = await attemptSignIn(clientKey(await headers()), { username: form.get('username'), password: form.get('password') });
  // The username comes back so the form (reset by React after an action) keeps it.
  const username = typeof form.get('username') === 'string' ? String(form.get('username')).slice(0, 100) : '';
  if (!attempt.ok) return { reason: attempt.reason, seconds: attempt.retryAfterSeconds, username };
  (await cookies()).set(SESSION_COOKIE, attempt.token, sessionCookieOptions(attempt.expiresAt));
  redirect(safeNext(form.get('next')));
}

/** Ends the session and returns to the public map. */
export async function signOutAction(): Promise<void> {
  await signOutCurrent();
  redirect('/');
}
