import type { NextRequest } from 'next/server';
import { isDatabaseInt } from '@/lib/validation/bounded-input';
import { JSON_BODY_LIMITS, readJsonBody } from '@/lib/api/read-json-body';
import { errorResponse, withErrors } from '@/lib/api/respond';
import { zoneIdOf, zoneWriteResponse } from '@/lib/api/zone-write-response';
import { guardMutation } from '@/lib/auth/route-guard';
import { EDIT_ROLES } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { stepZone } from '@/lib/db/queries/zone-edits';
import { ZONE_KINDS, type ZoneKind } from '@/lib/db/schema';

export const dynamic = 'force-dynamic';

/** POST /api/staff/zones/:id/step { version, to } — confirms a proposed lifecycle step (e.g. sealed → controlled). */
export async function POST(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  return withErrors(async () => {
    const guard = await guardMutation(request, EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const id = zoneIdOf((await context.params).id);
    if (id === null) return errorResponse(404, 'No such zone.');
    const json = await readJsonBody(request, JSON_BODY_LIMITS.form);
    if (json instanceof Response) return json;
    const body = json.body as { version?: unknown; to?: unknown } | null;
    if (!isDatabaseInt(body?.version)) return errorResponse(422, 'version: the version you saw is required');
    if (!ZONE_KINDS.includes(body.to as ZoneKind)) return errorResponse(422, `to: must be one of ${ZONE_KINDS.join(', ')}`);
    return zoneWriteResponse(await stepZone(await getDb(), id, body.version, body.to as ZoneKind, { userId: guard.id }));
  });
}
