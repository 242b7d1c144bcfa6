import type { NextRequest } from 'next/server';
import { isDatabaseInt } from '@/lib/validation/bounded-input';
import { JSON_BODY_LIMITS, readJsonBody } from '@/lib/api/read-json-body';
import { errorResponse, withErrors } from '@/lib/api/respond';
import { zoneIdOf, zoneWriteResponse } from '@/lib/api/zone-write-response';
import { guardMutation } from '@/lib/auth/route-guard';
import { EDIT_ROLES } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { liftZone } from '@/lib/db/queries/zone-edits';

export const dynamic = 'force-dynamic';

/** POST /api/staff/zones/:id/lift { version } — lifts the zone now; it stays in the history. */
export async function POST(request: NextRequest, context: Context) {
  return withErrors(async () => {
    const guard = await guardMutation(request, EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const id = zoneIdOf((await context.params).id);
    if (id === null) return errorResponse(404, 'No such zone.');
    const json = await readJsonBody(request, JSON_BODY_LIMITS.form);
    if (json instanceof Response) return json;
    const body = json.body as { version?: unknown } | null;
    const version = body?.version;
    if (!isDatabaseInt(version)) return errorResponse(422, 'version: the version you saw is required');
    return zoneWriteResponse(await liftZone(await getDb(), id, version, { userId: guard.id }));
  });
}

type Context = { params: Promise<{ id: string }> };
