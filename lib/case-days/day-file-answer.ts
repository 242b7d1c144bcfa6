// No `import 'server-only'`: the Pages Router API route imports this module, and there the marker throws at
// run time ("cannot be imported from a Client Component module"): every day file was a 500 under `next start`.
import { settings } from '@/lib/env';
import { errorBody } from '@/lib/errors/render-error';
import { pickLocale } from '@/lib/i18n/locale';
import { pickContentEncoding } from './content-encoding';
import { readDayFileFromDisk, type DayFileBodies } from './day-file-disk';

/** An answer as status, headers and bytes: written by the Pages route and by the fast lane alike. */
export type PlainAnswer = { status: number; headers: Record<string, string>; body?: Buffer | string };

/** The app's day-file store (case-days.ts) keeps the current files in memory. */
const memoryStore = () =>
  (globalThis as { gridwatchCaseDays?: { readDayFile(name: string): Promise<DayFileBodies | undefined> } }).gridwatchCaseDays;

/**
 * GET /api/case-tracks/days/<day>.<hash>.bin: one day of published case tracks, immutable (the name is its
 * content's hash), sent pre-compressed as the client accepts; nothing is encoded or compressed per request.
 * A name that is not a current or recent day file is a coded 404 in the reader's language.
 *
 * @example
 * await answerDayFile({ file: '2022-04-01.3f9a0c1d2e4b5a6c7d8e.bin', isHead: false, acceptEncoding: 'br', cookieLocale: undefined, acceptLanguage: 'zh-CN' })
 */
export async function answerDayFile(input: {
  file: string;
  isHead: boolean;
  acceptEncoding: string | null;
  ifNoneMatch?: string | null;
  cookieLocale: string | undefined;
  acceptLanguage: string | null | undefined;
}): Promise<PlainAnswer> {
  const { file } = input;
  const bodies = (await memoryStore()?.readDayFile(file)) ?? (await readDayFileFromDisk(settings.caseDaysDir, file));
  if (!bodies) {
    const locale = pickLocale({ cookie: input.cookieLocale, acceptLanguage: input.acceptLanguage ?? null });
    return {
      status: 404,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(errorBody(locale, 'check.day-file-not-found', { file: file.slice(0, 60) }, settings.timeZone)),
    };
  }
  const encoding = pickContentEncoding(input.acceptEncoding);
  const body = bodies[encoding];
  const headers: Record<string, string> = {
    'Content-Type': 'application/x-protobuf',
    'Cache-Control': 'public, max-age=31536000, immutable',
    ETag: `"${file.split('.')[1]}-${encoding}"`,
    Vary: 'Accept-Encoding',
    'Content-Length': String(body.length),
  };
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  if (input.ifNoneMatch?.split(',').some((tag) => tag.trim() === headers.ETag))
    return { status: 304, headers: { ETag: headers.ETag, 'Cache-Control': headers['Cache-Control'], Vary: 'Accept-Encoding' } };
  return { status: 200, headers, body: input.isHead ? undefined : body };
}
