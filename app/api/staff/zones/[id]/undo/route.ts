import type { NextRequest } from 'next/server';
import { JSON_BODY_LIMITS } from '@/lib/api/read-json-body';
import { takeVersion } from '@/lib/api/read-version';
import { withErrors } from '@/lib/api/respond';
import { pathId, readJson, requireStaff } from '@/lib/api/route-kit';
import { zoneWriteResponse } from '@/lib/api/zone-write-response';
import { EDIT_ROLES } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { undoZoneAction } from '@/lib/db/queries/zone-edits';

export const dynamic = 'force-dynamic';

/**
 * POST /api/staff/zones/:id/undo { version } — undoes the zone's last lift or lifecycle step within
 * GRIDWATCH_ZONE_UNDO_MINUTES (settings.zoneUndoMinutes, 409 `zone.undo-expired` / `zone.undo-nothing` otherwise); the undo is audited.
 */
export async function POST(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  return withErrors(async () => {
    const user = await requireStaff(request, EDIT_ROLES);
    const id = pathId((await context.params).id);
    const { version } = takeVersion(await readJson(request, JSON_BODY_LIMITS.form));
    return zoneWriteResponse(request, await undoZoneAction(await getDb(), id, version, { userId: user.id }));
  }, request);
}
