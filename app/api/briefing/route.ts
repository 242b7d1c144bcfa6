import { NextResponse, type NextRequest } from 'next/server';
import { codedErrorResponse, withErrors } from '@/lib/api/respond';
import { requireStaff } from '@/lib/api/route-kit';
import { isSaneInstant } from '@/lib/validation/bounded-input';
import { decodeBriefingState } from '@/lib/briefing/url-state';
import { loadBriefingPage } from '@/app/briefing/load';
import { READ_ROLES } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

/**
 * The briefing (`?at=&since=&days=&source=&parts=moment`): `at` defaults to now, `since` to `at` − 24 h; both ISO 8601
 * instants with an offset, else a coded 400 naming the parameter. `parts=moment` (the slider) leaves out
 * what the page holds for the whole span: the no-epidemic status evaluation, its progress, the testing rounds.
 */
export async function GET(request: NextRequest): Promise<Response> {
  return withErrors(async () => {
    await requireStaff(request, READ_ROLES, { isMutation: false });
    const search = request.nextUrl.searchParams;
    for (const parameter of ['at', 'since'] as const) {
      const value = search.get(parameter);
      const time = value === null ? NaN : Date.parse(value);
      if (!Number.isNaN(time) && !isSaneInstant(time)) return codedErrorResponse(request, 'request.date-out-of-range', { field: parameter }, { parameter });
    }
    const state = decodeBriefingState(search);
    const momentOnly = search.get('parts') === 'moment';
    const data = await loadBriefingPage({ at: search.get('at'), since: search.get('since'), trackDays: state.trackDays, source: search.get('source'), momentOnly });
    return NextResponse.json(data, { headers: { 'Cache-Control': 'no-store' } });
  }, request);
}
