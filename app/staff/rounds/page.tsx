import { now } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import { communityStatusHistory, evaluateCommunitiesAt } from '@/lib/db/queries/community-status';
import { listRoundPage, listRoundPlaces } from '@/lib/db/queries/testing-rounds';
import { READ_ROLES } from '@/lib/auth/session';
import { localDay } from '@/lib/briefing/slider-days';
import { describeReason } from '@/lib/community/describe-reason';
import { settings } from '@/lib/env';
import { formatDay } from '@/lib/i18n/format-time';
import { messages } from '@/lib/i18n/messages';
import { readListQuery } from '@/lib/lists/list-query';
import { getLocale } from '../../_lib/locale';
import { requirePageUser } from '../../_lib/require-page-user';
import { communityWorkSpan, describeStatus } from '../_lib/community-work';
import { RoundsWorkspace, type HistoryRow } from './rounds-workspace';

export const dynamic = 'force-dynamic';

/** Testing rounds: record, correct and delete them (staff); a community's status and its history. The list is paged and searched on the server. */
export default async function RoundsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [locale, user] = await Promise.all([getLocale(), requirePageUser(READ_ROLES, '/staff/rounds')]);
  const t = messages[locale];
  const db = await getDb();
  const at = now();
  const places = await listRoundPlaces(db);
  const params = await searchParams;
  const query = readListQuery(params);
  const requested = Number(params.community);
  const communityId = places.some((p) => p.id === requested) ? requested : null;
  const rounds = await listRoundPage(db, { communityId: communityId ?? undefined }, query);
  let status: { isNoEpidemic: boolean; label: string; detail: string[] } | null = null;
  let history: HistoryRow[] = [];
  if (communityId !== null) {
    const span = await communityWorkSpan(db, at);
    const [[evaluated], changes] = await Promise.all([
      evaluateCommunitiesAt(db, at, [communityId]),
      communityStatusHistory(db, communityId, span, at),
    ]);
    status = { isNoEpidemic: evaluated.result.isNoEpidemic, ...describeStatus(evaluated.result, t, locale) };
    const day = (iso: string) => formatDay(localDay(iso, settings.timeZone), locale);
    const name = (s: string | null) => (s === null ? '' : s === 'no-epidemic' ? t.statusNoEpidemic : t.statusNotYet);
    history = changes.map((c) => ({
      day: c.day,
      dayText: formatDay(c.day, locale),
      from: name(c.from),
      to: name(c.to),
      isNoEpidemic: c.to === 'no-epidemic',
      reasons: c.details.map((r) => describeReason(r, t, { days: settings.noEpidemicDays, formatDate: day })),
    }));
  }
  return (
    <RoundsWorkspace
      places={places}
      rounds={rounds.rows}
      listing={{ query, total: rounds.total }}
      communityId={communityId}
      status={status}
      history={history}
      today={localDay(at, settings.timeZone)}
      canEdit={user.role === 'staff'}
      messages={t}
    />
  );
}
