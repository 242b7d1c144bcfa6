import { NextResponse, type NextRequest } from 'next/server';
import { JSON_BODY_LIMITS } from '@/lib/api/read-json-body';
import { withErrors } from '@/lib/api/respond';
import { orThrow, readStaffJson } from '@/lib/api/route-kit';
import { readNewUser } from '@/lib/auth/new-user-input';
import { hashPassword } from '@/lib/auth/password';
import { getDb } from '@/lib/db/client';
import { createUser, findUserByUsername } from '@/lib/db/queries/users';
import { AppError } from '@/lib/errors/app-error';

export const dynamic = 'force-dynamic';

/** POST /api/staff/users: an admin creates a user (username, role, password). Admins only. */
export async function POST(request: NextRequest) {
  return withErrors(async () => {
    const { user: admin, body } = await readStaffJson(request, ['admin'], JSON_BODY_LIMITS.form);
    const { user } = orThrow(readNewUser(body));
    const db = await getDb();
    if (await findUserByUsername(db, user.username)) throw new AppError('user.exists', { username: user.username }, { details: { field: 'username' } });
    const created = await createUser(db, { username: user.username, role: user.role, passwordHash: await hashPassword(user.password) }, { userId: admin.id });
    return NextResponse.json({ user: created }, { status: 201 });
  }, request);
}
