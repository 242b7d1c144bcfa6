import { getDb } from '@/lib/db/client';
import { listCommunities } from '@/lib/db/queries/communities';
import { listStaffCasePage } from '@/lib/db/queries/case-list';
import { readListQuery } from '@/lib/lists/list-query';
import { READ_ROLES } from '@/lib/auth/session';
import { settings } from '@/lib/env';
import { messages } from '@/lib/i18n/messages';
import { bbox } from '@turf/turf';
import { getLocale } from '../../_lib/locale';
import { requirePageUser } from '../../_lib/require-page-user';
import { CaseWorkspace } from './case-workspace';

export const dynamic = 'force-dynamic';

/** Cases: enter, import, preview and publish (staff); officials see drafts read-only. The list is paged and searched on the server. */
export default async function CasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = readListQuery(await searchParams);
  const [locale, user] = await Promise.all([getLocale(), requirePageUser(READ_ROLES, '/staff/cases')]);
  const db = await getDb();
  const [page, communities] = await Promise.all([listStaffCasePage(db, query), listCommunities(db)]);
  const bounds = communities.features.length ? (bbox(communities) as [number, number, number, number]) : undefined;
  return (
    <CaseWorkspace
      cases={page.rows}
      listing={{ query, total: page.total }}
      communities={communities}
      canEdit={user.role === 'staff'}
      bounds={bounds}
      messages={messages[locale]}
      locale={locale}
      timeZone={settings.timeZone}
      styleSetting={settings.mapStyle}
    />
  );
}
