import type { NextRequest } from 'next/server';
import { JSON_BODY_LIMITS, readJsonBody } from '@/lib/api/read-json-body';
import { errorResponse, withErrors } from '@/lib/api/respond';
import { zoneWriteResponse } from '@/lib/api/zone-write-response';
import { guardMutation } from '@/lib/auth/route-guard';
import { EDIT_ROLES } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { createZone, createZones } from '@/lib/db/queries/zone-edits';
import type { ZoneEdit } from '@/lib/zones/read-zone-edit';
import { readZoneEdit } from '@/lib/zones/read-zone-edit';

export const dynamic = 'force-dynamic';

/** POST /api/staff/zones: creates a zone, or `{ zones: [...] }` (at most 10) all or none. Staff only. */
export async function POST(request: NextRequest) {
  return withErrors(async () => {
    const guard = await guardMutation(request, EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const json = await readJsonBody(request, JSON_BODY_LIMITS.zones);
    if (json instanceof Response) return json;
    const body: unknown = json.body;
    const batch = (body as { zones?: unknown } | null)?.zones;
    if (Array.isArray(batch)) {
      if (batch.length === 0 || batch.length > 10) return errorResponse(422, 'zones: send 1 to 10 zones');
      const read: ZoneEdit[] = [];
      for (const [i, item] of batch.entries()) {
        const one = readZoneEdit(item);
        if ('problem' in one) return errorResponse(422, `zone ${i + 1}: ${one.problem}`);
        read.push(one.zone);
      }
      return zoneWriteResponse(await createZones(await getDb(), read, { userId: guard.id }), 201);
    }
    const read = readZoneEdit(body);
    if ('problem' in read) return errorResponse(422, read.problem);
    return zoneWriteResponse(await createZone(await getDb(), read.zone, { userId: guard.id }), 201);
  });
}
