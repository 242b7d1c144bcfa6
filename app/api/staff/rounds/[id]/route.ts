import { NextResponse, type NextRequest } from 'next/server';
import { JSON_BODY_LIMITS } from '@/lib/api/read-json-body';
import { codedErrorResponse, withErrors } from '@/lib/api/respond';
import { takeVersion } from '@/lib/api/read-version';
import { orThrow, pathId, readJson, requireStaff } from '@/lib/api/route-kit';
import { EDIT_ROLES } from '@/lib/auth/session';
import { localDay } from '@/lib/briefing/slider-days';
import { now } from '@/lib/clock';
import { readRoundInput } from '@/lib/community/round-input';
import { getDb } from '@/lib/db/client';
import { deleteRound, updateRound } from '@/lib/db/queries/testing-rounds';
import { settings } from '@/lib/env';
import { AppError } from '@/lib/errors/app-error';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** PUT /api/staff/rounds/:id — corrects a testing round (every field, as POST, plus the `version` read; stale → 409). Staff only. */
export async function PUT(request: NextRequest, context: Context) {
  return withErrors(async () => {
    const user = await requireStaff(request, EDIT_ROLES);
    const id = pathId((await context.params).id);
    const { version, rest } = takeVersion(await readJson(request, JSON_BODY_LIMITS.form));
    const { round } = orThrow(readRoundInput(rest, localDay(now(), settings.timeZone)));
    const result = await updateRound(await getDb(), id, round, { userId: user.id }, version);
    if ('stale' in result) return codedErrorResponse(request, 'round.version-conflict', { expected: version, current: result.current }, { current: result.round });
    return NextResponse.json(result);
  }, request);
}

/** DELETE /api/staff/rounds/:id — removes a round entered by mistake (the audit log keeps it). Staff only. */
export async function DELETE(request: NextRequest, context: Context) {
  return withErrors(async () => {
    const user = await requireStaff(request, EDIT_ROLES);
    const id = pathId((await context.params).id);
    if (!(await deleteRound(await getDb(), id, { userId: user.id }))) throw new AppError('request.not-found');
    return NextResponse.json({ deleted: id });
  }, request);
}
