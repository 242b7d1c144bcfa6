import 'server-only';
import { z } from 'zod';
import { boundedText } from '@/lib/validation/bounded-input';
import { RateLimiter } from '@/lib/api/rate-limit';
import { getDb } from '@/lib/db/client';
import { settings } from '@/lib/env';
import { signIn, type SignInResult } from './sign-in';

/** One limiter for the form and the API: a client guessing passwords gets slowed across both. */
const limiter = new RateLimiter({ capacity: settings.signInPerMinute * 2, perMinute: settings.signInPerMinute });

const credentialsSchema = z.object({
  username: boundedText({ min: 1, max: 100 }),
  password: boundedText({ min: 1, max: 1000, isTrimmed: false }),
});

export type SignInAttempt = SignInResult | { ok: false; reason: 'rate-limited'; retryAfterSeconds: number } | { ok: false; reason: 'missing'; retryAfterSeconds?: undefined };

/** Rate-limits, validates and runs one sign-in attempt from a client key (shared by the page and the API). */
export async function attemptSignIn(clientKey: string, input: unknown): Promise<SignInAttempt> {
  const allowance = limiter.take(clientKey);
  if (!allowance.isAllowed) return { ok: false, reason: 'rate-limited', retryAfterSeconds: allowance.retryAfterSeconds };
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'missing' };
  return signIn(await getDb(), parsed.data, { isDemo: settings.isDemo });
}

/** A sentence for a refused sign-in (English: the API's language; the page translates by reason). */
export function describeRefusal(attempt: Exclude<SignInAttempt, { ok: true }>): string {
  switch (attempt.reason) {
    case 'invalid':
      return 'Wrong username or password.';
    case 'locked':
      return `Too many failed attempts: this account is locked for ${attempt.retryAfterSeconds} s.`;
    case 'rate-limited':
      return `Too many sign-in attempts from this address. Try again in ${attempt.retryAfterSeconds} s.`;
    case 'demo-disabled':
      return 'Demo accounts work only when the app runs in demo mode.';
    case 'missing':
      return 'Enter a username and a password.';
  }
}
