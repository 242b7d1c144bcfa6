import 'server-only';
import { codedErrorResponse, withErrors } from '@/lib/api/respond';
import { getDb } from '@/lib/db/client';
import { getCheckSnapshot } from '@/lib/check/check-snapshot';
import { caseDayStore } from './case-days';

/** Short: a publish reaches residents within this, and a revalidation is a 304 answered from memory. */
const MANIFEST_MAX_AGE_SECONDS = 30;

/**
 * GET /api/case-tracks/days: the manifest of the published case tracks' day files (day → hash and file).
 * Answered from memory — its ETag was computed when the day files were last built, so a 304 costs a string
 * comparison. Before the first build it answers 503 and starts one in the background. Served by the App
 * Router route and, in production, by the fast lane (lib/api/fast-lane.ts).
 */
export function answerManifestRequest(request: Request): Promise<Response> {
  return withErrors(async () => {
    const served = caseDayStore().manifest();
    if (!served) {
      void getDb()
        .then(getCheckSnapshot)
        .catch(() => undefined);
      return codedErrorResponse(
        request,
        'check.case-days-not-ready',
        { retryAfterSeconds: 5 },
        {},
        { headers: { 'Retry-After': '5' } },
      );
    }
    const headers = { ETag: served.etag, 'Cache-Control': `public, max-age=${MANIFEST_MAX_AGE_SECONDS}, must-revalidate` };
    if (
      request.headers
        .get('if-none-match')
        ?.split(',')
        .some((tag) => tag.trim() === served.etag)
    )
      return new Response(null, { status: 304, headers });
    return new Response(served.body, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
  }, request);
}
