import { NextResponse, type NextRequest } from 'next/server';
import { readIdParam } from '@/lib/api/id-param';
import { JSON_BODY_LIMITS, readJsonBody } from '@/lib/api/read-json-body';
import { codedErrorResponse, errorResponse, withErrors } from '@/lib/api/respond';
import { guardMutation } from '@/lib/auth/route-guard';
import { getDb } from '@/lib/db/client';
import { setUserDisabled } from '@/lib/db/queries/users';

export const dynamic = 'force-dynamic';

/** PATCH /api/staff/users/:id with `{ isDisabled }`: an admin disables or enables a user. Admins only. */
export async function PATCH(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withErrors(async () => {
    const guard = await guardMutation(request, ['admin']);
    if (guard instanceof Response) return guard;
    const id = readIdParam((await params).id);
    if (id === undefined) return codedErrorResponse(request, 'request.id-invalid');
    const json = await readJsonBody(request, JSON_BODY_LIMITS.form);
    if (json instanceof Response) return json;
    const body = json.body as { isDisabled?: unknown } | null;
    if (typeof body?.isDisabled !== 'boolean') return errorResponse(400, 'isDisabled: must be true or false', { field: 'isDisabled' });
    if (id === guard.id && body.isDisabled) return errorResponse(400, 'isDisabled: admins cannot disable themselves', { field: 'isDisabled' });
    const user = await setUserDisabled(await getDb(), id, body.isDisabled, { userId: guard.id });
    if (!user) return errorResponse(404, `No user ${id}`);
    return NextResponse.json({ user });
  });
}
