import { NextResponse, type NextRequest } from 'next/server';
import { z } from '@/lib/validation/zod';
import { JSON_BODY_LIMITS } from '@/lib/api/read-json-body';
import { withErrors } from '@/lib/api/respond';
import { parseBody, pathId, readJson, requireStaff } from '@/lib/api/route-kit';
import { getDb } from '@/lib/db/client';
import { setUserDisabled } from '@/lib/db/queries/users';
import { AppError } from '@/lib/errors/app-error';

export const dynamic = 'force-dynamic';

const disableSchema = z.object({ isDisabled: z.boolean() });

/** PATCH /api/staff/users/:id with `{ isDisabled }`: an admin disables or enables a user. Admins only. */
export async function PATCH(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withErrors(async () => {
    const admin = await requireStaff(request, ['admin']);
    const id = pathId((await params).id);
    const { isDisabled } = parseBody(disableSchema, await readJson(request, JSON_BODY_LIMITS.form));
    if (id === admin.id && isDisabled) throw new AppError('user.cannot-disable-self', {}, { details: { field: 'isDisabled' } });
    const user = await setUserDisabled(await getDb(), id, isDisabled, { userId: admin.id });
    if (!user) throw new AppError('request.not-found');
    return NextResponse.json({ user });
  }, request);
}
