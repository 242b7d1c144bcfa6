import type { NextRequest } from 'next/server';
import { JSON_BODY_LIMITS } from '@/lib/api/read-json-body';
import { withErrors } from '@/lib/api/respond';
import { orThrow, readStaffJson } from '@/lib/api/route-kit';
import { zoneWriteResponse } from '@/lib/api/zone-write-response';
import { EDIT_ROLES } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { createZone, createZones } from '@/lib/db/queries/zone-edits';
import { AppError } from '@/lib/errors/app-error';
import { problemText } from '@/lib/errors/problem';
import type { ZoneEdit } from '@/lib/zones/read-zone-edit';
import { readZoneEdit } from '@/lib/zones/read-zone-edit';

export const dynamic = 'force-dynamic';

const MAX_BATCH = 10;

/** POST /api/staff/zones: creates a zone, or `{ zones: [...] }` (at most 10) all or none. Staff only. */
export async function POST(request: NextRequest) {
  return withErrors(async () => {
    const { user, body } = await readStaffJson(request, EDIT_ROLES, JSON_BODY_LIMITS.zones);
    const batch = (body as { zones?: unknown } | null)?.zones;
    if (Array.isArray(batch)) {
      if (batch.length === 0 || batch.length > MAX_BATCH) throw new AppError('zone.batch-size', { max: MAX_BATCH });
      const read: ZoneEdit[] = [];
      for (const [i, item] of batch.entries()) {
        const one = readZoneEdit(item);
        if ('problem' in one) throw new AppError('zone.batch-item', { n: i + 1, reason: problemText(one.problem) }, { details: { field: one.problem.field } });
        read.push(one.zone);
      }
      return zoneWriteResponse(request, await createZones(await getDb(), read, { userId: user.id }), 201);
    }
    const { zone } = orThrow(readZoneEdit(body));
    return zoneWriteResponse(request, await createZone(await getDb(), zone, { userId: user.id }), 201);
  }, request);
}
