import { NextResponse, type NextRequest } from 'next/server';
import { JSON_BODY_LIMITS } from '@/lib/api/read-json-body';
import { withErrors } from '@/lib/api/respond';
import { orThrow, readStaffJson, requireStaff } from '@/lib/api/route-kit';
import { EDIT_ROLES, READ_ROLES } from '@/lib/auth/session';
import { readTargetInput } from '@/lib/community/round-input';
import { getDb } from '@/lib/db/client';
import { listDistrictTargets, saveDistrictTarget } from '@/lib/db/queries/district-targets';

export const dynamic = 'force-dynamic';

/** GET /api/staff/targets — the districts' no-epidemic targets. Staff, officials and admins. */
export async function GET(request: NextRequest) {
  return withErrors(async () => {
    await requireStaff(request, READ_ROLES, { isMutation: false });
    return NextResponse.json({ targets: await listDistrictTargets(await getDb()) });
  }, request);
}

/** POST /api/staff/targets — sets a district's target: `{ district, targetCount, dueOn }`. Staff only. */
export async function POST(request: NextRequest) {
  return withErrors(async () => {
    const { user, body } = await readStaffJson(request, EDIT_ROLES, JSON_BODY_LIMITS.form);
    const { target } = orThrow(readTargetInput(body));
    return NextResponse.json(await saveDistrictTarget(await getDb(), null, target, { userId: user.id }), { status: 201 });
  }, request);
}
