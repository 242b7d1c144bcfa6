import { NextResponse, type NextRequest } from 'next/server';
import { codedErrorResponse, errorResponse, withErrors } from '@/lib/api/respond';
import { isSaneInstant } from '@/lib/validation/bounded-input';
import { decodeBriefingState } from '@/lib/briefing/url-state';
import { loadBriefingPage } from '@/app/briefing/load';
import { guardRead } from '@/lib/auth/route-guard';
import { READ_ROLES } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

/** The briefing at another slider time, for the page's client (`?at=&days=&source=`). */
export async function GET(request: NextRequest): Promise<Response> {
  return withErrors(async () => {
    const guard = await guardRead(request, READ_ROLES);
    if (guard instanceof Response) return guard;
    const search = request.nextUrl.searchParams;
    const at = search.get('at');
    if (at !== null && Number.isNaN(Date.parse(at))) return errorResponse(400, 'Parameter "at" must be an ISO 8601 instant', { parameter: 'at' });
    if (at !== null && !isSaneInstant(Date.parse(at))) return codedErrorResponse(request, 'request.date-out-of-range', { field: 'at' }, { parameter: 'at' });
    const state = decodeBriefingState(search);
    const data = await loadBriefingPage({ at, trackDays: state.trackDays, source: search.get('source') });
    return NextResponse.json(data, { headers: { 'Cache-Control': 'no-store' } });
  });
}
