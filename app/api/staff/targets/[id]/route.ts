import { NextResponse, type NextRequest } from 'next/server';
import { JSON_BODY_LIMITS } from '@/lib/api/read-json-body';
import { codedErrorResponse, withErrors } from '@/lib/api/respond';
import { takeVersion } from '@/lib/api/read-version';
import { orThrow, pathId, readJson, requireStaff } from '@/lib/api/route-kit';
import { EDIT_ROLES } from '@/lib/auth/session';
import { readTargetInput } from '@/lib/community/round-input';
import { getDb } from '@/lib/db/client';
import { deleteDistrictTarget, saveDistrictTarget } from '@/lib/db/queries/district-targets';
import { AppError } from '@/lib/errors/app-error';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** PUT /api/staff/targets/:id — changes a target's district, count or due date, naming the `version` read (stale → 409). Staff only. */
export async function PUT(request: NextRequest, context: Context) {
  return withErrors(async () => {
    const user = await requireStaff(request, EDIT_ROLES);
    const id = pathId((await context.params).id);
    const { version, rest } = takeVersion(await readJson(request, JSON_BODY_LIMITS.form));
    const { target } = orThrow(readTargetInput(rest));
    const result = await saveDistrictTarget(await getDb(), id, target, { userId: user.id }, version);
    if ('stale' in result) return codedErrorResponse(request, 'target.version-conflict', { expected: version, current: result.current }, { current: result.target });
    return NextResponse.json(result);
  }, request);
}

/** DELETE /api/staff/targets/:id — removes a target. Staff only. */
export async function DELETE(request: NextRequest, context: Context) {
  return withErrors(async () => {
    const user = await requireStaff(request, EDIT_ROLES);
    const id = pathId((await context.params).id);
    if (!(await deleteDistrictTarget(await getDb(), id, { userId: user.id }))) throw new AppError('request.not-found');
    return NextResponse.json({ deleted: id });
  }, request);
}
