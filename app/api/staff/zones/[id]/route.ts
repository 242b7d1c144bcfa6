import type { NextRequest } from 'next/server';
import { isDatabaseInt } from '@/lib/validation/bounded-input';
import { JSON_BODY_LIMITS, readJsonBody } from '@/lib/api/read-json-body';
import { errorResponse, withErrors } from '@/lib/api/respond';
import { zoneIdOf, zoneWriteResponse } from '@/lib/api/zone-write-response';
import { guardMutation } from '@/lib/auth/route-guard';
import { EDIT_ROLES } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { deleteZone, updateZone } from '@/lib/db/queries/zone-edits';
import { readZoneEdit } from '@/lib/zones/read-zone-edit';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** PUT /api/staff/zones/:id — saves an edited zone; `version` must be the one the editor read (else 409). */
export async function PUT(request: NextRequest, context: Context) {
  return withErrors(async () => {
    const guard = await guardMutation(request, EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const id = zoneIdOf((await context.params).id);
    if (id === null) return errorResponse(404, 'No such zone.');
    const json = await readJsonBody(request, JSON_BODY_LIMITS.zones);
    if (json instanceof Response) return json;
    const read = readZoneEdit(json.body);
    if ('problem' in read) return errorResponse(422, read.problem);
    const { version } = read.zone;
    if (version === undefined) return errorResponse(422, 'version: the version you edited is required');
    return zoneWriteResponse(await updateZone(await getDb(), id, { ...read.zone, version }, { userId: guard.id }));
  });
}

/** DELETE /api/staff/zones/:id?version=N — removes a zone drawn by mistake (lift one that was in force). */
export async function DELETE(request: NextRequest, context: Context) {
  return withErrors(async () => {
    const guard = await guardMutation(request, EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const id = zoneIdOf((await context.params).id);
    const version = Number(request.nextUrl.searchParams.get('version'));
    if (id === null) return errorResponse(404, 'No such zone.');
    if (!isDatabaseInt(version)) return errorResponse(422, 'version: the version you saw is required');
    return zoneWriteResponse(await deleteZone(await getDb(), id, version, { userId: guard.id }));
  });
}
