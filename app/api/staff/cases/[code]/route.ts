import { NextResponse, type NextRequest } from 'next/server';
import { errorResponse, withErrors } from '@/lib/api/respond';
import { guardMutation } from '@/lib/auth/route-guard';
import { EDIT_ROLES } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { deleteCase } from '@/lib/db/queries/case-edits';

export const dynamic = 'force-dynamic';

/** DELETE /api/staff/cases/:code — removes a case entered by mistake, with its visits. Staff only. */
export async function DELETE(request: NextRequest, context: { params: Promise<{ code: string }> }) {
  return withErrors(async () => {
    const guard = await guardMutation(request, EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const { code } = await context.params;
    if (!(await deleteCase(await getDb(), decodeURIComponent(code), { userId: guard.id }))) return errorResponse(404, 'No such case.');
    return NextResponse.json({ deleted: code });
  });
}
