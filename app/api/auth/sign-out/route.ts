import { NextResponse, type NextRequest } from 'next/server';
import { errorResponse, withErrors } from '@/lib/api/respond';
import { isSameOrigin } from '@/lib/auth/same-origin';
import { READ_ROLES, SESSION_COOKIE } from '@/lib/auth/session';
import { guardMutation } from '@/lib/auth/route-guard';
import { hashSessionToken } from '@/lib/auth/session-token';
import { getDb } from '@/lib/db/client';
import { endSession } from '@/lib/db/queries/users';

export const dynamic = 'force-dynamic';

/** POST /api/auth/sign-out: ends the session and clears the cookie. */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request.headers)) return errorResponse(403, 'Cross-origin requests may not sign out.');
  return withErrors(async () => {
    const guard = await guardMutation(request, READ_ROLES);
    if (guard instanceof Response) return guard;
    const token = request.cookies.get(SESSION_COOKIE)?.value;
    if (token) await endSession(await getDb(), hashSessionToken(token));
    const response = NextResponse.json({ signedOut: true });
    response.cookies.delete(SESSION_COOKIE);
    return response;
  });
}
