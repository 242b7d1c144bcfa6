import { NextResponse, type NextRequest } from 'next/server';
import { JSON_BODY_LIMITS, readJsonBody } from '@/lib/api/read-json-body';
import { errorResponse, withErrors } from '@/lib/api/respond';
import { guardMutation } from '@/lib/auth/route-guard';
import { readNewUser } from '@/lib/auth/new-user-input';
import { hashPassword } from '@/lib/auth/password';
import { getDb } from '@/lib/db/client';
import { createUser, findUserByUsername } from '@/lib/db/queries/users';

export const dynamic = 'force-dynamic';

/** POST /api/staff/users: an admin creates a user (username, role, password). Admins only. */
export async function POST(request: NextRequest) {
  return withErrors(async () => {
    const guard = await guardMutation(request, ['admin']);
    if (guard instanceof Response) return guard;
    const json = await readJsonBody(request, JSON_BODY_LIMITS.form);
    if (json instanceof Response) return json;
    const read = readNewUser(json.body);
    if ('error' in read) return errorResponse(400, read.error, { field: read.field });
    const db = await getDb();
    if (await findUserByUsername(db, read.user.username)) return errorResponse(409, `username: ${read.user.username} exists already`, { field: 'username' });
    const user = await createUser(db, { username: read.user.username, role: read.user.role, passwordHash: await hashPassword(read.user.password) }, { userId: guard.id });
    return NextResponse.json({ user }, { status: 201 });
  });
}
