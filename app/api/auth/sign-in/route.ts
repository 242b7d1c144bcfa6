import { NextResponse, type NextRequest } from 'next/server';
import { clientKey } from '@/lib/api/client-key';
import { codedErrorResponse, withErrors } from '@/lib/api/respond';
import { readJson } from '@/lib/api/route-kit';
import { attemptSignIn, REFUSAL_CODES } from '@/lib/auth/sign-in-request';
import { isSameOrigin } from '@/lib/auth/same-origin';
import { SESSION_COOKIE, sessionCookieOptions } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

/** A username and a password: anything near this size is not a sign-in (and must not be buffered whole). */
const MAX_BODY_BYTES = 1024 * 1024;

/** POST /api/auth/sign-in { username, password }: sets the session cookie (for scripts and tests; people use /sign-in). */
export async function POST(request: NextRequest) {
  // Login CSRF: another site must not sign a visitor in to an account of its choosing.
  if (!isSameOrigin(request.headers)) return codedErrorResponse(request, 'request.cross-origin');
  return withErrors(async () => {
    const attempt = await attemptSignIn(clientKey(request.headers), await readJson(request, MAX_BODY_BYTES));
    if (!attempt.ok) {
      const seconds = attempt.retryAfterSeconds;
      const params = seconds ? { retryAfterSeconds: seconds } : {};
      return codedErrorResponse(request, REFUSAL_CODES[attempt.reason], params, { reason: attempt.reason }, { headers: seconds ? { 'Retry-After': String(seconds) } : undefined });
    }
    const response = NextResponse.json({ user: attempt.user }, { headers: { 'Cache-Control': 'no-store' } });
    response.cookies.set(SESSION_COOKIE, attempt.token, sessionCookieOptions(attempt.expiresAt));
    return response;
  }, request);
}
