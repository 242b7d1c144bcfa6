import type { NextRequest } from 'next/server';
import { JSON_BODY_LIMITS, readJsonBody } from '@/lib/api/read-json-body';
import { takeVersion } from '@/lib/api/read-version';
import { errorResponse, withErrors } from '@/lib/api/respond';
import { zoneIdOf, zoneWriteResponse } from '@/lib/api/zone-write-response';
import { guardMutation } from '@/lib/auth/route-guard';
import { EDIT_ROLES } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { undoZoneAction } from '@/lib/db/queries/zone-edits';

export const dynamic = 'force-dynamic';

/**
 * POST /api/staff/zones/:id/undo { version } — undoes the zone's last lift or lifecycle step within
 * ZONE_UNDO_MINUTES (409 `zone.undo-expired` / `zone.undo-nothing` otherwise); the undo is audited.
 */
export async function POST(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  return withErrors(async () => {
    const guard = await guardMutation(request, EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const id = zoneIdOf((await context.params).id);
    if (id === null) return errorResponse(404, 'No such zone.');
    const json = await readJsonBody(request, JSON_BODY_LIMITS.form);
    if (json instanceof Response) return json;
    const { version } = takeVersion(json.body);
    return zoneWriteResponse(await undoZoneAction(await getDb(), id, version, { userId: guard.id }));
  }, request);
}
