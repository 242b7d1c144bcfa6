import { NextResponse, type NextRequest } from 'next/server';
import { JSON_BODY_LIMITS } from '@/lib/api/read-json-body';
import { codedErrorResponse, withErrors } from '@/lib/api/respond';
import { takeVersion } from '@/lib/api/read-version';
import { orThrow, pathId, readJson, requireStaff } from '@/lib/api/route-kit';
import { CONTACT_EDIT_ROLES } from '@/lib/community/contact-roles';
import { readWorkerEdit } from '@/lib/community/contact-input';
import { getDb } from '@/lib/db/client';
import { listStaffCommunities, updateGridCellWorker } from '@/lib/db/queries/community-contacts';
import { AppError } from '@/lib/errors/app-error';

export const dynamic = 'force-dynamic';

/**
 * PATCH /api/staff/communities/:id/grid-cells/:cellId with `{ version, worker, workerPhone }` (null or "" clears):
 * audited; a stale `version` gets 409 with the current cell. Staff and admins.
 */
export async function PATCH(request: NextRequest, { params }: { params: Promise<{ id: string; cellId: string }> }) {
  return withErrors(async () => {
    const user = await requireStaff(request, CONTACT_EDIT_ROLES);
    const segments = await params;
    const [id, cellId] = [pathId(segments.id), pathId(segments.cellId)];
    const { version, rest } = takeVersion(await readJson(request, JSON_BODY_LIMITS.form));
    const { edit } = orThrow(readWorkerEdit(rest));
    const db = await getDb();
    const cell = await updateGridCellWorker(db, id, cellId, edit, { userId: user.id }, version);
    if (!cell) throw new AppError('request.not-found');
    if ('stale' in cell) {
      const current = (await listStaffCommunities(db, { ids: [id] }))[0]?.gridCells.find((g) => g.id === cellId);
      return codedErrorResponse(request, 'grid-cell.version-conflict', { name: cell.name, expected: version, current: cell.current }, { current });
    }
    return NextResponse.json({ gridCell: cell });
  }, request);
}
