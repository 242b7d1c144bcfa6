import { NextResponse, type NextRequest } from 'next/server';
import { codedErrorResponse, withErrors } from '@/lib/api/respond';
import { takeVersion } from '@/lib/api/read-version';
import { readCaseRequest, type ImportRequest } from '@/lib/api/read-import-request';
import { orThrow, requireStaff } from '@/lib/api/route-kit';
import { READ_ROLES } from '@/lib/auth/session';
import { readCaseEdit } from '@/lib/cases/read-case-edit';
import { getDb } from '@/lib/db/client';
import { getStaffCase, listStaffCases } from '@/lib/db/queries/case-edits';
import { saveCaseTracks, type CaseTrackInput, type SaveCaseOptions } from '@/lib/db/queries/cases';
import { isAppError } from '@/lib/errors/app-error';

export const dynamic = 'force-dynamic';

type Save = { tracks: CaseTrackInput[]; options: SaveCaseOptions };

/** An imported file's tracks, with the preview's `expectedVersions` and the published cases staff confirmed replacing. */
function importedSave({ parsed, expectedVersions, replacePublished }: ImportRequest): Save {
  return { tracks: parsed.tracks, options: { guardPublished: true, replacePublished, ...(expectedVersions ? { expectedVersions } : {}) } };
}

/** One typed-in case: an edit names the `version` it read; a save naming none read nothing, so its code must be free (as `isNew`). */
function typedSave(body: unknown): Save {
  const hasVersion = typeof body === 'object' && body !== null && 'version' in body && (body as { isNew?: unknown }).isNew !== true;
  const { version, rest } = hasVersion ? takeVersion(body) : { version: undefined, rest: body };
  const { track } = orThrow(readCaseEdit(rest));
  return { tracks: [{ ...track, ...(version === undefined ? {} : { version }) }], options: { isNewOnly: version === undefined } };
}

/** GET /api/staff/cases[?code=C-1] — cases with drafts, their versions and visits (staff, officials, admins). */
export async function GET(request: NextRequest) {
  return withErrors(async () => {
    await requireStaff(request, READ_ROLES, { isMutation: false });
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
    const { user, body, imported } = await readCaseRequest(request);
    const save = imported ? importedSave(imported) : typedSave(body);
    const db = await getDb();
    try {
      const saved = await saveCaseTracks(db, save.tracks, { userId: user.id }, save.options);
      return NextResponse.json({ ...saved, codes: save.tracks.map((t) => t.caseCode) }, { status: 201 });
    } catch (error) {
      // Conflicts carry what the editor needs to resolve them: the current case, the published codes.
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
