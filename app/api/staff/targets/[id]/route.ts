import { NextResponse, type NextRequest } from 'next/server';
import { readIdParam } from '@/lib/api/id-param';
import { JSON_BODY_LIMITS, readJsonBody } from '@/lib/api/read-json-body';
import { codedErrorResponse, errorResponse, withErrors } from '@/lib/api/respond';
import { takeVersion } from '@/lib/api/read-version';
import { guardMutation } from '@/lib/auth/route-guard';
import { EDIT_ROLES } from '@/lib/auth/session';
import { readTargetInput } from '@/lib/community/round-input';
import { getDb } from '@/lib/db/client';
import { deleteDistrictTarget, saveDistrictTarget } from '@/lib/db/queries/district-targets';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };
const idOf = async (context: Context) => {
  return readIdParam((await context.params).id) ?? null;
};

/** PUT /api/staff/targets/:id — changes a target's district, count or due date, naming the `version` read (stale → 409). Staff only. */
export async function PUT(request: NextRequest, context: Context) {
  return withErrors(async () => {
    const guard = await guardMutation(request, EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const id = await idOf(context);
    if (id === null) return errorResponse(404, 'No such target.');
    const json = await readJsonBody(request, JSON_BODY_LIMITS.form);
    if (json instanceof Response) return json;
    const { version, rest } = takeVersion(json.body);
    const read = readTargetInput(rest);
    if ('problem' in read) return errorResponse(422, read.problem, { field: read.field });
    const result = await saveDistrictTarget(await getDb(), id, read.target, { userId: guard.id }, version);
    if ('stale' in result) return codedErrorResponse(request, 'target.version-conflict', { expected: version, current: result.current }, { current: result.target });
    if ('error' in result) return errorResponse(result.status, result.error, { field: result.field });
    return NextResponse.json(result);
  }, request);
}

/** DELETE /api/staff/targets/:id — removes a target. Staff only. */
export async function DELETE(request: NextRequest, context: Context) {
  return withErrors(async () => {
    const guard = await guardMutation(request, EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const id = await idOf(context);
    if (id === null || !(await deleteDistrictTarget(await getDb(), id, { userId: guard.id }))) return errorResponse(404, 'No such target.');
    return NextResponse.json({ deleted: id });
  });
}
