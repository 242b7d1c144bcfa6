import { NextResponse, type NextRequest } from 'next/server';
import { codedErrorResponse, withErrors } from '@/lib/api/respond';
import { versionParam } from '@/lib/api/read-version';
import { requireStaff } from '@/lib/api/route-kit';
import { EDIT_ROLES } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { deleteCase, getStaffCase } from '@/lib/db/queries/case-edits';
import { AppError } from '@/lib/errors/app-error';

export const dynamic = 'force-dynamic';

/**
 * DELETE /api/staff/cases/:code[?version=N] — removes a case entered by mistake, with its visits. With the
 * version the editor read, a case changed since is not deleted (409 with the current case). Staff only.
 */
export async function DELETE(request: NextRequest, context: { params: Promise<{ code: string }> }) {
  return withErrors(async () => {
    const user = await requireStaff(request, EDIT_ROLES);
    const code = decodeURIComponent((await context.params).code);
    const version = request.nextUrl.searchParams.has('version') ? versionParam(request.nextUrl.searchParams) : undefined;
    const db = await getDb();
    const deleted = await deleteCase(db, code, { userId: user.id }, version);
    if (deleted === false) throw new AppError('request.not-found');
    if (deleted !== true) return codedErrorResponse(request, 'case.version-conflict', { code, expected: version, current: deleted.current }, { current: await getStaffCase(db, code) });
    return NextResponse.json({ deleted: code });
  }, request);
}
