/**
 * GET /api/case-tracks/days/<day>.<hash>.bin: one day of published case tracks (lib/case-days/day-file-answer.ts).
 * `npm start` answers it on the fast lane (lib/api/fast-lane.ts); this route serves `next start` and `next dev`.
 *
 * A Pages Router API route, the only one: App Router route handlers drop a Content-Encoding header
 * (next/dist/server/send-response.js), so they cannot send a body that is already compressed. With a pages/
 * folder Next types useSearchParams() as possibly null (its compat types): client code handles null.
 */
import type { NextApiRequest, NextApiResponse } from 'next';
import { answerDayFile } from '@/lib/case-days/day-file-answer';
import { LOCALE_COOKIE } from '@/lib/i18n/locale';

export default async function handler(request: NextApiRequest, response: NextApiResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    response.status(405).end();
    return;
  }
  const answer = await answerDayFile({
    file: String(request.query.file ?? ''),
    isHead: request.method === 'HEAD',
    acceptEncoding: request.headers['accept-encoding'] ?? null,
    ifNoneMatch: request.headers['if-none-match'] ?? null,
    cookieLocale: request.cookies[LOCALE_COOKIE],
    acceptLanguage: request.headers['accept-language'],
  });
  for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value);
  response.status(answer.status).end(answer.body);
}
