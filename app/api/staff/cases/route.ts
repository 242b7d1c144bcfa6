import { NextResponse, type NextRequest } from 'next/server';
import { JSON_BODY_LIMITS, readJsonBody } from '@/lib/api/read-json-body';
import { errorResponse, withErrors } from '@/lib/api/respond';
import { guardMutation } from '@/lib/auth/route-guard';
import { EDIT_ROLES } from '@/lib/auth/session';
import { readCaseEdit } from '@/lib/cases/read-case-edit';
import { getDb } from '@/lib/db/client';
import { CaseExistsError, saveCaseTracks, type CaseTrackInput } from '@/lib/db/queries/cases';
import { settings } from '@/lib/env';
import { ImportError } from '@/lib/import/import-error';
import { parseCaseTracks } from '@/lib/parse/parse-case-tracks';
import { TrajectoryParseError } from '@/lib/parse/parse-error';

export const dynamic = 'force-dynamic';

const MAX_FILE_CHARS = 20 * 1024 * 1024;

/**
 * The tracks a request carries: one typed-in case (JSON; `isNew` when the workspace creates it), or a file in
 * any format `parseCaseTracks` reads.
 */
function readTracks(body: unknown): { tracks: CaseTrackInput[]; isNew?: boolean } | { problem: string } {
  const file = (body as { file?: { name?: unknown; text?: unknown } } | null)?.file;
  if (file) {
    if (typeof file.text !== 'string' || file.text.length > MAX_FILE_CHARS) return { problem: 'file.text must be the file’s text, at most 20 MB' };
    try {
      const parsed = parseCaseTracks(file.text, { fileName: typeof file.name === 'string' ? file.name : undefined, timeZone: settings.timeZone });
      return { tracks: parsed.tracks };
    } catch (error) {
      if (error instanceof TrajectoryParseError) return { problem: error.message };
      throw error;
    }
  }
  const read = readCaseEdit(body);
  return 'problem' in read ? read : { tracks: [read.track], isNew: read.isNew };
}

/**
 * POST /api/staff/cases — saves a case typed in the workspace or every case of an imported file, as drafts
 * (a case already published stays published). A new case (`isNew: true`) whose code is taken gets 409 and
 * the stored case is untouched. Staff only.
 */
export async function POST(request: NextRequest) {
  return withErrors(async () => {
    const guard = await guardMutation(request, EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const json = await readJsonBody(request, JSON_BODY_LIMITS.caseImport);
    if (json instanceof Response) return json;
    const read = readTracks(json.body);
    if ('problem' in read) return errorResponse(422, read.problem);
    try {
      const saved = await saveCaseTracks(await getDb(), read.tracks, { userId: guard.id }, { isNewOnly: read.isNew === true });
      return NextResponse.json({ ...saved, codes: read.tracks.map((t) => t.caseCode) }, { status: 201 });
    } catch (error) {
      if (error instanceof ImportError) return errorResponse(422, error.message);
      if (error instanceof CaseExistsError) return errorResponse(409, error.message, { field: 'code' });
      throw error;
    }
  });
}
