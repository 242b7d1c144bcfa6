import { NextResponse, type NextRequest } from 'next/server';
import { JSON_BODY_LIMITS, readJsonBody } from '@/lib/api/read-json-body';
import { codedErrorResponse, errorResponse, withErrors } from '@/lib/api/respond';
import { takeVersion } from '@/lib/api/read-version';
import { guardMutation, guardRead } from '@/lib/auth/route-guard';
import { EDIT_ROLES, READ_ROLES } from '@/lib/auth/session';
import { readCaseEdit } from '@/lib/cases/read-case-edit';
import { getDb } from '@/lib/db/client';
import { getStaffCase, listStaffCases } from '@/lib/db/queries/case-edits';
import { CaseExistsError, saveCaseTracks, type CaseTrackInput, type SaveCaseOptions } from '@/lib/db/queries/cases';
import { isAppError } from '@/lib/errors/app-error';
import { ImportError } from '@/lib/import/import-error';
import { readImportRequest } from '@/lib/api/read-import-request';

export const dynamic = 'force-dynamic';

type Read = { tracks: CaseTrackInput[]; options: SaveCaseOptions } | { problem: string };

/**
 * The tracks a request carries: one typed-in case (JSON: the `version` it read for an edit; without one,
 * a new case whose code must be free), or a file in any format the import reads, with the preview's `expectedVersions` and the
 * published cases staff confirmed replacing (`replacePublished`).
 */
function readTracks(body: unknown): Read {
  const imported = readImportRequest(body);
  if (imported) {
    if ('problem' in imported) return imported;
    const { expectedVersions, replacePublished } = imported;
    return { tracks: imported.parsed.tracks, options: { guardPublished: true, replacePublished, ...(expectedVersions ? { expectedVersions } : {}) } };
  }
  // An edit names the version it read; a save naming none read nothing, so the code must be free (as `isNew`).
  const hasVersion = typeof body === 'object' && body !== null && 'version' in body && (body as { isNew?: unknown }).isNew !== true;
  const { version, rest } = hasVersion ? takeVersion(body) : { version: undefined, rest: body };
  const read = readCaseEdit(rest);
  if ('problem' in read) return read;
  return { tracks: [{ ...read.track, ...(version === undefined ? {} : { version }) }], options: { isNewOnly: version === undefined } };
}

/** GET /api/staff/cases[?code=C-1] — cases with drafts, their versions and visits (staff, officials, admins). */
export async function GET(request: NextRequest) {
  return withErrors(async () => {
    const guard = await guardRead(request, READ_ROLES);
    if (guard instanceof Response) return guard;
    const code = request.nextUrl.searchParams.get('code');
    const cases = await listStaffCases(await getDb(), code === null ? {} : { codes: [code] });
    return NextResponse.json({ cases }, { headers: { 'Cache-Control': 'private, no-store' } });
  }, request);
}

/**
 * POST /api/staff/cases — saves a case typed in the workspace or every case of an imported file, as drafts
 * (a case already published stays published). An edit names the `version` it read, and a stale one gets
 * 409 with the current case; a case without a version is new, and gets 409 if its code is taken. A file that would change a published case's track gets 409 naming them unless they are in
 * `replacePublished`. Staff only. Preview a file first with POST /api/staff/cases/preview.
 */
export async function POST(request: NextRequest) {
  return withErrors(async () => {
    const guard = await guardMutation(request, EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const json = await readJsonBody(request, JSON_BODY_LIMITS.caseImport);
    if (json instanceof Response) return json;
    const read = readTracks(json.body);
    if ('problem' in read) return errorResponse(422, read.problem);
    const db = await getDb();
    try {
      const saved = await saveCaseTracks(db, read.tracks, { userId: guard.id }, read.options);
      return NextResponse.json({ ...saved, codes: read.tracks.map((t) => t.caseCode) }, { status: 201 });
    } catch (error) {
      if (error instanceof ImportError) return errorResponse(422, error.message);
      if (error instanceof CaseExistsError) return errorResponse(409, error.message, { field: 'code' });
      if (isAppError(error) && error.code === 'case.version-conflict') {
        return codedErrorResponse(request, error.code, error.params, { current: await getStaffCase(db, String(error.params.code)) });
      }
      if (isAppError(error) && error.code === 'import.published-change') {
        return codedErrorResponse(request, error.code, error.params, { publishedChanged: String(error.params.codes).split(', ') });
      }
      throw error;
    }
  }, request);
}
