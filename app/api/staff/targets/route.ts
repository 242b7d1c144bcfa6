import { NextResponse, type NextRequest } from 'next/server';
import { JSON_BODY_LIMITS, readJsonBody } from '@/lib/api/read-json-body';
import { errorResponse, withErrors } from '@/lib/api/respond';
import { guardMutation, guardRead } from '@/lib/auth/route-guard';
import { EDIT_ROLES, READ_ROLES } from '@/lib/auth/session';
import { readTargetInput } from '@/lib/community/round-input';
import { getDb } from '@/lib/db/client';
import { listDistrictTargets, saveDistrictTarget } from '@/lib/db/queries/district-targets';

export const dynamic = 'force-dynamic';

/** GET /api/staff/targets — the districts' no-epidemic targets. Staff, officials and admins. */
export async function GET(request: NextRequest) {
  return withErrors(async () => {
    const guard = await guardRead(request, READ_ROLES);
    if (guard instanceof Response) return guard;
    return NextResponse.json({ targets: await listDistrictTargets(await getDb()) });
  });
}

/** POST /api/staff/targets — sets a district's target: `{ district, targetCount, dueOn }`. Staff only. */
export async function POST(request: NextRequest) {
  return withErrors(async () => {
    const guard = await guardMutation(request, EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const json = await readJsonBody(request, JSON_BODY_LIMITS.form);
    if (json instanceof Response) return json;
    const read = readTargetInput(json.body);
    if ('problem' in read) return errorResponse(422, read.problem, { field: read.field });
    const result = await saveDistrictTarget(await getDb(), null, read.target, { userId: guard.id });
    if ('error' in result) return errorResponse(result.status, result.error, { field: result.field });
    return NextResponse.json(result, { status: 201 });
  });
}
