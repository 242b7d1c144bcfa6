/**
 * GET /api/case-tracks/days/<day>.<hash>.bin: one day of published case tracks (lib/case-days), immutable —
 * the name is its content's hash — so browsers and proxies keep it a year. Sent pre-compressed (brotli or
 * gzip, as the client accepts); nothing is encoded or compressed per request.
 *
 * A Pages Router API route, the only one: App Router route handlers drop a Content-Encoding header
 * (next/dist/server/send-response.js), so they cannot send a body that is already compressed. With a pages/
 * folder Next types useSearchParams() as possibly null (its compat types): client code handles null.
 */
import type { NextApiRequest, NextApiResponse } from 'next';
import { pickContentEncoding } from '@/lib/case-days/content-encoding';
import { readDayFileFromDisk, type DayFileBodies } from '@/lib/case-days/day-file-disk';
import { settings } from '@/lib/env';
import { errorBody } from '@/lib/errors/render-error';
import { LOCALE_COOKIE, pickLocale } from '@/lib/i18n/locale';

/** The app's day-file store (lib/case-days/case-days.ts) keeps the current files in memory. */
const memoryStore = () => (globalThis as { gridwatchCaseDays?: { readDayFile(name: string): Promise<DayFileBodies | undefined> } }).gridwatchCaseDays;

export default async function handler(request: NextApiRequest, response: NextApiResponse): Promise<void> {
  const file = String(request.query.file ?? '');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    response.status(405).end();
    return;
  }
  const bodies = (await memoryStore()?.readDayFile(file)) ?? (await readDayFileFromDisk(settings.caseDaysDir, file));
  if (!bodies) {
    const locale = pickLocale({ cookie: request.cookies[LOCALE_COOKIE], acceptLanguage: request.headers['accept-language'] });
    response.status(404).json(errorBody(locale, 'check.day-file-not-found', { file: file.slice(0, 60) }, settings.timeZone));
    return;
  }
  const encoding = pickContentEncoding(request.headers['accept-encoding'] ?? null);
  const body = bodies[encoding];
  response.setHeader('Content-Type', 'application/x-protobuf');
  response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  response.setHeader('ETag', `"${file.split('.')[1]}-${encoding}"`);
  response.setHeader('Vary', 'Accept-Encoding');
  if (encoding !== 'identity') response.setHeader('Content-Encoding', encoding);
  response.setHeader('Content-Length', String(body.length));
  response.status(200).end(request.method === 'HEAD' ? undefined : body);
}
