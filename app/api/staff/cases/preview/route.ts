import { NextResponse, type NextRequest } from 'next/server';
import { withErrors } from '@/lib/api/respond';
import { readCaseRequest } from '@/lib/api/read-import-request';
import { getDb } from '@/lib/db/client';
import { previewCaseImportAgainstDb } from '@/lib/db/queries/case-import';
import { AppError } from '@/lib/errors/app-error';

export const dynamic = 'force-dynamic';

/**
 * POST /api/staff/cases/preview with `{ file: { name, text }, datum? }` — what importing the file would do,
 * saving nothing: `{ preview }` with new and changed cases, warnings, the published cases it would replace
 * and the `expectedVersions` to send with the import. Staff only.
 */
export async function POST(request: NextRequest) {
  return withErrors(async () => {
    const { imported } = await readCaseRequest(request);
    if (!imported) throw new AppError('import.file-missing');
    return NextResponse.json({ preview: await previewCaseImportAgainstDb(await getDb(), imported.parsed) });
  }, request);
}
