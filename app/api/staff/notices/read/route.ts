import { NextResponse, type NextRequest } from 'next/server';
import { JSON_BODY_LIMITS } from '@/lib/api/read-json-body';
import { codedErrorResponse, withErrors } from '@/lib/api/respond';
import { readStaffJson } from '@/lib/api/route-kit';
import { EDIT_ROLES } from '@/lib/auth/session';
import { now } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import { listGazetteerEntries } from '@/lib/db/queries/gazetteer';
import { settings } from '@/lib/env';
import { buildGazetteer } from '@/lib/notice-reader/match-place';
import { readNoticeInput } from '@/lib/notice-reader/notice-input';
import { placeNotice } from '@/lib/notice-reader/place-notice';
import { readNotice } from '@/lib/notice-reader/read-notice';

export const dynamic = 'force-dynamic';

function localToday(timeZone: string, at: Date) {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at).split('-').map(Number);
  return { year, month, day };
}

/**
 * POST /api/staff/notices/read — reads a pasted case notice `{ text, published: 'YYYY-MM-DD', region? }` into
 * visits, movements and events with times (in GRIDWATCH_TZ) and ranked place candidates from the district's
 * gazetteer. Saves nothing: the workspace turns what staff accept into a draft case. Staff only.
 */
export async function POST(request: NextRequest) {
  return withErrors(async () => {
    const { body } = await readStaffJson(request, EDIT_ROLES, JSON_BODY_LIMITS.form);
    const read = readNoticeInput(body, { today: localToday(settings.timeZone, now()) });
    if ('code' in read) return codedErrorResponse(request, read.code, read.params);
    const gazetteer = buildGazetteer(await listGazetteerEntries(await getDb()));
    const entries = placeNotice(readNotice(read.input.text, { published: read.input.published, timeZone: settings.timeZone }), gazetteer, {
      region: read.input.region,
    });
    return NextResponse.json({ timeZone: settings.timeZone, gazetteerSize: gazetteer.entries.length, entries });
  }, request);
}
