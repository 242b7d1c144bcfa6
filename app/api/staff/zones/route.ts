import type { NextRequest } from 'next/server';
import { errorResponse, withErrors } from '@/lib/api/respond';
import { zoneWriteResponse } from '@/lib/api/zone-write-response';
import { guardMutation } from '@/lib/auth/route-guard';
import { EDIT_ROLES } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { createZone } from '@/lib/db/queries/zone-edits';
import { readZoneEdit } from '@/lib/zones/read-zone-edit';

export const dynamic = 'force-dynamic';

/** POST /api/staff/zones: creates a zone (staff only). */
export async function POST(request: NextRequest) {
  return withErrors(async () => {
    const guard = await guardMutation(request, EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const read = readZoneEdit(await request.json().catch(() => null));
    if ('problem' in read) return errorResponse(422, read.problem);
    return zoneWriteResponse(await createZone(await getDb(), read.zone, { userId: guard.id }), 201);
  });
}
