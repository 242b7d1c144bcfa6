import { NextResponse, type NextRequest } from 'next/server';
import { JSON_BODY_LIMITS, readJsonBody } from '@/lib/api/read-json-body';
import { errorResponse, withErrors } from '@/lib/api/respond';
import { guardMutation, guardRead } from '@/lib/auth/route-guard';
import { EDIT_ROLES, READ_ROLES } from '@/lib/auth/session';
import { localDay } from '@/lib/briefing/slider-days';
import { now } from '@/lib/clock';
import { readRoundInput } from '@/lib/community/round-input';
import { getDb } from '@/lib/db/client';
import { createRound, listRounds } from '@/lib/db/queries/testing-rounds';
import { settings } from '@/lib/env';

export const dynamic = 'force-dynamic';

/** GET /api/staff/rounds[?communityId=] — testing rounds, newest first. Staff, officials and admins. */
export async function GET(request: NextRequest) {
  return withErrors(async () => {
    const guard = await guardRead(request, READ_ROLES);
    if (guard instanceof Response) return guard;
    const raw = request.nextUrl.searchParams.get('communityId');
    const communityId = raw === null ? undefined : Number(raw);
    if (communityId !== undefined && !(Number.isInteger(communityId) && communityId > 0)) return errorResponse(400, 'communityId must be a community id', { parameter: 'communityId' });
    return NextResponse.json({ rounds: await listRounds(await getDb(), { communityId }) });
  });
}

/** POST /api/staff/rounds — records a testing round (number defaults to the next at its place). Staff only. */
export async function POST(request: NextRequest) {
  return withErrors(async () => {
    const guard = await guardMutation(request, EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const json = await readJsonBody(request, JSON_BODY_LIMITS.form);
    if (json instanceof Response) return json;
    const read = readRoundInput(json.body, localDay(now(), settings.timeZone));
    if ('problem' in read) return errorResponse(422, read.problem, { field: read.field });
    const result = await createRound(await getDb(), read.round, { userId: guard.id });
    if ('error' in result) return errorResponse(result.status, result.error, { field: result.field });
    return NextResponse.json(result, { status: 201 });
  });
}
