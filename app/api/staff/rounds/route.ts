import { NextResponse, type NextRequest } from 'next/server';
import { JSON_BODY_LIMITS } from '@/lib/api/read-json-body';
import { withErrors } from '@/lib/api/respond';
import { orThrow, readStaffJson, requireStaff } from '@/lib/api/route-kit';
import { EDIT_ROLES, READ_ROLES } from '@/lib/auth/session';
import { localDay } from '@/lib/briefing/slider-days';
import { now } from '@/lib/clock';
import { readRoundInput } from '@/lib/community/round-input';
import { getDb } from '@/lib/db/client';
import { createRound, listRounds } from '@/lib/db/queries/testing-rounds';
import { settings } from '@/lib/env';
import { AppError } from '@/lib/errors/app-error';
import { isDatabaseInt } from '@/lib/validation/bounded-input';

export const dynamic = 'force-dynamic';

/** GET /api/staff/rounds[?communityId=] — testing rounds, newest first. Staff, officials and admins. */
export async function GET(request: NextRequest) {
  return withErrors(async () => {
    await requireStaff(request, READ_ROLES, { isMutation: false });
    const raw = request.nextUrl.searchParams.get('communityId');
    const communityId = raw === null ? undefined : Number(raw);
    if (communityId !== undefined && !isDatabaseInt(communityId)) throw new AppError('query.id-invalid', { parameter: 'communityId' }, { details: { parameter: 'communityId' } });
    return NextResponse.json({ rounds: await listRounds(await getDb(), { communityId }) });
  }, request);
}

/** POST /api/staff/rounds — records a testing round (number defaults to the next at its place). Staff only. */
export async function POST(request: NextRequest) {
  return withErrors(async () => {
    const { user, body } = await readStaffJson(request, EDIT_ROLES, JSON_BODY_LIMITS.form);
    const { round } = orThrow(readRoundInput(body, localDay(now(), settings.timeZone)));
    return NextResponse.json(await createRound(await getDb(), round, { userId: user.id }), { status: 201 });
  }, request);
}
