import { NextResponse, type NextRequest } from 'next/server';
import { codedErrorResponse, withErrors } from '@/lib/api/respond';
import { now } from '@/lib/clock';
import { publicRead } from '@/lib/api/public-read';
import { searchPlaces } from '@/lib/db/queries/place-search';
import { parseSearchQuery, SEARCH_MAX_CHARS, SEARCH_MIN_CHARS } from '@/lib/search/search-query';

export const dynamic = 'force-dynamic';

/**
 * The place search of the public map and the briefing (`?q=`): communities, grid cells, zones in force and
 * places published cases visited, by name. Public data only; a bad `q` is the coded 400 `search.query-invalid`.
 */
export async function GET(request: NextRequest): Promise<Response> {
  return withErrors(async () => {
    const text = parseSearchQuery(request.nextUrl.searchParams.get('q'));
    if (text === null) return codedErrorResponse(request, 'search.query-invalid', { min: SEARCH_MIN_CHARS, max: SEARCH_MAX_CHARS }, { parameter: 'q' });
    const at = now();
    const results = await publicRead(request, (db) => searchPlaces(db, text, at));
    return NextResponse.json({ results }, { headers: { 'Cache-Control': 'public, max-age=30' } });
  }, request);
}
