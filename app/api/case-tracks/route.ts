import { createHash } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { listCaseTracksBetween } from '@/lib/db/queries/case-tracks';
import { getCoverageBasis } from '@/lib/db/queries/coverage-basis';
import { parseCaseTrackQuery } from '@/lib/api/case-track-query';
import { publicRead } from '@/lib/api/public-read';
import { withErrors } from '@/lib/api/respond';
import { orThrow } from '@/lib/api/route-kit';
import { encodeCaseTracks, type CaseTracksAnswer } from '@/lib/check/case-track-codec';

export const dynamic = 'force-dynamic';

/**
 * GET /api/case-tracks?from=&to=: published case tracks overlapping a window, in the compact encoding
 * (lib/check/case-track-codec.ts) with the coverage basis (what the whole published data covers), for the
 * browser's private check. Public data only, so shared caches
 * may keep it for a minute; the ETag lets a re-check revalidate without downloading again.
 */
export async function GET(request: NextRequest): Promise<Response> {
  return withErrors(async () => {
    const query = orThrow(parseCaseTrackQuery(request.nextUrl.searchParams));
    const [tracks, coverageBasis] = await publicRead(request, (db) => Promise.all([listCaseTracksBetween(db, query.from, query.to), getCoverageBasis(db)]));
    const body = JSON.stringify({ ...encodeCaseTracks(tracks), coverageBasis } satisfies CaseTracksAnswer);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    const headers = { ETag: etag, 'Cache-Control': 'public, max-age=60, must-revalidate', Vary: 'Accept-Encoding' };
    if (request.headers.get('if-none-match')?.split(',').some((tag) => tag.trim() === etag)) {
      return new NextResponse(null, { status: 304, headers });
    }
    return new NextResponse(body, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
  }, request);
}
