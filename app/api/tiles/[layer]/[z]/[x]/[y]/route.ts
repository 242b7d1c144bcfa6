import { now } from '@/lib/clock';
import { createHash } from 'node:crypto';
import type { NextRequest } from 'next/server';
import { renderTile } from '@/lib/db/queries/tiles';
import { parseMapQuery } from '@/lib/api/map-query';
import { publicRead } from '@/lib/api/public-read';
import { withErrors } from '@/lib/api/respond';
import { orThrow } from '@/lib/api/route-kit';
import { AppError } from '@/lib/errors/app-error';
import { settings } from '@/lib/env';
import { parseTileParams } from '@/lib/tiles/tile-params';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ layer: string; z: string; x: string; y: string }> };

/**
 * Vector tiles of zones in force, published case visits and communities (`?at=` for the time,
 * `?days=` for the case track window). Public data only, so tiles may be cached by anyone.
 */
export async function GET(request: NextRequest, { params }: Params): Promise<Response> {
  return withErrors(async () => {
    const { layer, z, x, y } = await params;
    const tile = parseTileParams(layer, z, x, y);
    if (!tile.ok) throw new AppError(tile.problem.code, tile.problem.params ?? {}, { details: { parameter: tile.parameter } });
    const search = request.nextUrl.searchParams;
    const days = search.get('days');
    if (days !== null && !/^([1-9]|[1-5][0-9]|60)$/.test(days)) throw new AppError('query.days-invalid', { min: 1, max: 60 }, { details: { parameter: 'days' } });
    const atOnly = new URLSearchParams(search.has('at') ? { at: search.get('at') ?? '' } : {});
    const { filter } = orThrow(parseMapQuery(atOnly));
    const at = filter.at ?? now();
    const since = days ? new Date(at.getTime() - Number(days) * 86_400_000) : undefined;
    const body = await publicRead(request, (db) => renderTile(db, tile.value, { at, since }, settings.databaseUrl ? 'postgis' : 'js'));
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const headers = {
      'Content-Type': 'application/x-protobuf',
      ETag: etag,
      // A pinned `at` is history and does not change; "now" changes as zones lift and cases publish.
      'Cache-Control': search.has('at') ? 'public, max-age=300' : 'public, max-age=30, must-revalidate',
    };
    if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
    return new Response(Buffer.from(body), { status: 200, headers });
  }, request);
}
