import { NextResponse, type NextRequest } from 'next/server';
import { withErrors } from '@/lib/api/respond';
import { requireStaff } from '@/lib/api/route-kit';
import { READ_ROLES, SESSION_COOKIE } from '@/lib/auth/session';
import { hashSessionToken } from '@/lib/auth/session-token';
import { getDb } from '@/lib/db/client';
import { endSession } from '@/lib/db/queries/users';

export const dynamic = 'force-dynamic';

/** POST /api/auth/sign-out: ends the session and clears the cookie (refused cross-origin, 403). */
export async function POST(request: NextRequest) {
  return withErrors(async () => {
    await requireStaff(request, READ_ROLES);
    const token = request.cookies.get(SESSION_COOKIE)?.value;
    if (token) await endSession(await getDb(), hashSessionToken(token));
    const response = NextResponse.json({ signedOut: true });
    response.cookies.delete(SESSION_COOKIE);
    return response;
  }, request);
}
