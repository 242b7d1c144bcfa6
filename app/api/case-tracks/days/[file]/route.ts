import type { NextRequest } from 'next/server';
import { codedErrorResponse, withErrors } from '@/lib/api/respond';
import { caseDayStore } from '@/lib/case-days/case-days';
import { pickContentEncoding } from '@/lib/case-days/content-encoding';

export const dynamic = 'force-dynamic';

/**
 * GET /api/case-tracks/days/<day>.<hash>.bin: one day of published case tracks (lib/case-days), immutable —
 * the name is its content's hash — so browsers and proxies keep it a year. Sent pre-compressed (brotli or
 * gzip, as the client accepts); nothing is compressed or encoded per request.
 */
export async function GET(request: NextRequest, context: { params: Promise<{ file: string }> }): Promise<Response> {
  return withErrors(async () => {
    const { file } = await context.params;
    const bodies = await caseDayStore().readDayFile(file);
    if (!bodies) return codedErrorResponse(request, 'check.day-file-not-found', { file: file.slice(0, 60) });
    const encoding = pickContentEncoding(request.headers.get('accept-encoding'));
    const body = bodies[encoding];
    return new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), {
      headers: {
        'Content-Type': 'application/x-protobuf',
        'Cache-Control': 'public, max-age=31536000, immutable',
        ETag: `"${file.split('.')[1]}-${encoding}"`,
        Vary: 'Accept-Encoding',
        ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
      },
    });
  }, request);
}
