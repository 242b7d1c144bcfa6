import 'server-only';
import { z } from '@/lib/validation/zod';
import { boundedText } from '@/lib/validation/bounded-input';
import { SIGN_IN_LIMIT, takeRateLimit } from '@/lib/api/rate-limit';
import { getDb } from '@/lib/db/client';
import { settings } from '@/lib/env';
import type { ErrorCode } from '@/lib/errors/catalogue';
import { signIn, type SignInResult } from './sign-in';

const credentialsSchema = z.object({
  username: boundedText({ min: 1, max: 100 }),
  password: boundedText({ min: 1, max: 1000, isTrimmed: false }),
});

export type SignInAttempt = SignInResult | { ok: false; reason: 'rate-limited'; retryAfterSeconds: number } | { ok: false; reason: 'missing'; retryAfterSeconds?: undefined };

/** Rate-limits (per client, shared by the page and the API), validates and runs one sign-in attempt. */
export async function attemptSignIn(clientKey: string, input: unknown): Promise<SignInAttempt> {
  const db = await getDb();
  const allowance = await takeRateLimit(SIGN_IN_LIMIT, clientKey, { db });
  if (!allowance.isAllowed) return { ok: false, reason: 'rate-limited', retryAfterSeconds: allowance.retryAfterSeconds };
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'missing' };
  return signIn(db, parsed.data, { isDemo: settings.isDemo, client: clientKey });
}

/** The error code of each refusal (its status and bilingual message are in lib/errors/codes-auth.ts). */
export const REFUSAL_CODES = {
  invalid: 'auth.invalid-credentials',
  locked: 'auth.locked',
  'rate-limited': 'auth.rate-limited',
  'demo-disabled': 'auth.demo-disabled',
  missing: 'auth.credentials-missing',
} as const satisfies Record<Exclude<SignInAttempt, { ok: true }>['reason'], ErrorCode>;
