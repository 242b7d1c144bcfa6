import { createHash } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { now } from '@/lib/clock';
import { parseMapQuery } from '@/lib/api/map-query';
import { publicRead } from '@/lib/api/public-read';
import { withErrors } from '@/lib/api/respond';
import { orThrow, pathId } from '@/lib/api/route-kit';
import { AppError } from '@/lib/errors/app-error';
import { getCommunityCard } from '@/lib/db/queries/community-card';

export const dynamic = 'force-dynamic';

/**
 * GET /api/communities/{id}/card[?at=]: a community's public card (what it publishes, zones in force,
 * latest testing round, no-epidemic status). Anyone may read it. Phone numbers must be current the moment
 * staff change them, so caches revalidate every time; the ETag makes that a 304 when nothing changed.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withErrors(async () => {
    const id = pathId((await params).id);
    const { filter } = orThrow(parseMapQuery(request.nextUrl.searchParams, ['at']));
    const card = await publicRead(request, (db) => getCommunityCard(db, id, filter.at ?? now()));
    if (!card) throw new AppError('request.not-found');
    // "at" defaults to now, which changes every request: the ETag covers the content, not the instant.
    const body = JSON.stringify(card);
    const etag = `"${createHash('sha256').update(JSON.stringify({ ...card, at: filter.at ? card.at : null })).digest('base64url').slice(0, 27)}"`;
    const headers = { ETag: etag, 'Cache-Control': 'public, max-age=0, must-revalidate' };
    if (request.headers.get('if-none-match')?.split(',').some((tag) => tag.trim() === etag)) return new NextResponse(null, { status: 304, headers });
    return new NextResponse(body, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
  }, request);
}
