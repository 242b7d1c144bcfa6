import { NextResponse, type NextRequest } from 'next/server';
import { readIdParam } from '@/lib/api/id-param';
import { JSON_BODY_LIMITS, readJsonBody } from '@/lib/api/read-json-body';
import { codedErrorResponse, errorResponse, withErrors } from '@/lib/api/respond';
import { takeVersion } from '@/lib/api/read-version';
import { guardMutation } from '@/lib/auth/route-guard';
import { CONTACT_EDIT_ROLES } from '@/lib/community/contact-roles';
import { readWorkerEdit } from '@/lib/community/contact-input';
import { getDb } from '@/lib/db/client';
import { listStaffCommunities, updateGridCellWorker } from '@/lib/db/queries/community-contacts';

export const dynamic = 'force-dynamic';

/**
 * PATCH /api/staff/communities/:id/grid-cells/:cellId with `{ version, worker, workerPhone }` (null or "" clears):
 * audited; a stale `version` gets 409 with the current cell. Staff and admins.
 */
export async function PATCH(request: NextRequest, { params }: { params: Promise<{ id: string; cellId: string }> }) {
  return withErrors(async () => {
    const guard = await guardMutation(request, CONTACT_EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const { id: rawId, cellId: rawCellId } = await params;
    const id = readIdParam(rawId);
    if (id === undefined) return errorResponse(400, 'id: must be a community id (a positive whole number)', { field: 'id' });
    const cellId = readIdParam(rawCellId);
    if (cellId === undefined) return errorResponse(400, 'cellId: must be a grid cell id (a positive whole number)', { field: 'cellId' });
    const json = await readJsonBody(request, JSON_BODY_LIMITS.form);
    if (json instanceof Response) return json;
    const { version, rest } = takeVersion(json.body);
    const read = readWorkerEdit(rest);
    if ('error' in read) return errorResponse(400, read.error, { field: read.field });
    const db = await getDb();
    const cell = await updateGridCellWorker(db, id, cellId, read.edit, { userId: guard.id }, version);
    if (!cell) return errorResponse(404, `No grid cell ${cellId} in community ${id}`);
    if ('stale' in cell) {
      const current = (await listStaffCommunities(db, { ids: [id] }))[0]?.gridCells.find((g) => g.id === cellId);
      return codedErrorResponse(request, 'grid-cell.version-conflict', { name: cell.name, expected: version, current: cell.current }, { current });
    }
    return NextResponse.json({ gridCell: cell });
  }, request);
}
