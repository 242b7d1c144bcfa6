import { NextResponse, type NextRequest } from 'next/server';
import { clientKey } from '@/lib/api/client-key';
import { BodyTooLargeError, readBodyBytes } from '@/lib/api/read-body';
import { appErrorResponse, errorResponse, withErrors } from '@/lib/api/respond';
import { attemptSignIn, describeRefusal } from '@/lib/auth/sign-in-request';
import { isSameOrigin } from '@/lib/auth/same-origin';
import { SESSION_COOKIE, sessionCookieOptions } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

/** A username and a password: anything near this size is not a sign-in (and must not be buffered whole). */
const MAX_BODY_BYTES = 1024 * 1024;

const STATUS = { invalid: 401, 'demo-disabled': 403, locked: 429, 'rate-limited': 429, missing: 400 } as const;

/** POST /api/auth/sign-in { username, password }: sets the session cookie (for scripts and tests; people use /sign-in). */
export async function POST(request: NextRequest) {
  // Login CSRF: another site must not sign a visitor in to an account of its choosing.
  if (!isSameOrigin(request.headers)) return errorResponse(403, 'Cross-origin requests may not sign in.');
  return withErrors(async () => {
    let body: unknown = null;
    try {
      body = JSON.parse(new TextDecoder().decode(await readBodyBytes(request, MAX_BODY_BYTES)));
    } catch (error) {
      if (error instanceof BodyTooLargeError) return appErrorResponse(request, error);
      // Not JSON: attemptSignIn answers "missing" (400) below.
    }
    const attempt = await attemptSignIn(clientKey(request.headers), body);
    if (!attempt.ok) {
      const headers = attempt.retryAfterSeconds ? { 'Retry-After': String(attempt.retryAfterSeconds) } : undefined;
      return NextResponse.json({ error: describeRefusal(attempt), reason: attempt.reason }, { status: STATUS[attempt.reason], headers });
    }
    const response = NextResponse.json({ user: attempt.user }, { headers: { 'Cache-Control': 'no-store' } });
    response.cookies.set(SESSION_COOKIE, attempt.token, sessionCookieOptions(attempt.expiresAt));
    return response;
  });
}
