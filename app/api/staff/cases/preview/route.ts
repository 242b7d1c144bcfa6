import { NextResponse, type NextRequest } from 'next/server';
import { JSON_BODY_LIMITS, readJsonBody } from '@/lib/api/read-json-body';
import { errorResponse, withErrors } from '@/lib/api/respond';
import { guardMutation } from '@/lib/auth/route-guard';
import { EDIT_ROLES } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { previewCaseImportAgainstDb } from '@/lib/db/queries/case-import';
import { readImportRequest } from '@/lib/api/read-import-request';

export const dynamic = 'force-dynamic';

/**
 * POST /api/staff/cases/preview with `{ file: { name, text }, datum? }` — what importing the file would do,
 * saving nothing: `{ preview }` with new and changed cases, warnings, the published cases it would replace
 * and the `expectedVersions` to send with the import. Staff only.
 */
export async function POST(request: NextRequest) {
  return withErrors(async () => {
    const guard = await guardMutation(request, EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const json = await readJsonBody(request, JSON_BODY_LIMITS.caseImport);
    if (json instanceof Response) return json;
    const read = readImportRequest(json.body);
    if (!read) return errorResponse(422, 'file: the file to preview is required ({ file: { name, text } })');
    if ('problem' in read) return errorResponse(422, read.problem);
    return NextResponse.json({ preview: await previewCaseImportAgainstDb(await getDb(), read.parsed) });
  }, request);
}
