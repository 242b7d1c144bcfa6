import type { NextRequest } from 'next/server';
import { JSON_BODY_LIMITS } from '@/lib/api/read-json-body';
import { withErrors } from '@/lib/api/respond';
import { orThrow, pathId, readJson, requireStaff } from '@/lib/api/route-kit';
import { zoneWriteResponse } from '@/lib/api/zone-write-response';
import { EDIT_ROLES } from '@/lib/auth/session';
import { isDatabaseInt } from '@/lib/validation/bounded-input';
import { getDb } from '@/lib/db/client';
import { deleteZone, updateZone } from '@/lib/db/queries/zone-edits';
import { AppError } from '@/lib/errors/app-error';
import { readZoneEdit } from '@/lib/zones/read-zone-edit';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** PUT /api/staff/zones/:id — saves an edited zone; `version` must be the one the editor read (else 409). */
export async function PUT(request: NextRequest, context: Context) {
  return withErrors(async () => {
    const user = await requireStaff(request, EDIT_ROLES);
    const id = pathId((await context.params).id);
    const { zone } = orThrow(readZoneEdit(await readJson(request, JSON_BODY_LIMITS.zones)));
    if (zone.version === undefined) throw new AppError('zone.version-required');
    return zoneWriteResponse(request, await updateZone(await getDb(), id, { ...zone, version: zone.version }, { userId: user.id }));
  }, request);
}

/** DELETE /api/staff/zones/:id?version=N — removes a zone drawn by mistake (lift one that was in force). */
export async function DELETE(request: NextRequest, context: Context) {
  return withErrors(async () => {
    const user = await requireStaff(request, EDIT_ROLES);
    const id = pathId((await context.params).id);
    const version = Number(request.nextUrl.searchParams.get('version'));
    if (!isDatabaseInt(version) || version < 1) throw new AppError('zone.version-required');
    return zoneWriteResponse(request, await deleteZone(await getDb(), id, version, { userId: user.id }));
  }, request);
}
