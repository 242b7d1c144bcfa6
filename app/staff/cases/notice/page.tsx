import { bbox } from '@turf/turf';
import { EDIT_ROLES } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { listCommunities } from '@/lib/db/queries/communities';
import { settings } from '@/lib/env';
import { messages } from '@/lib/i18n/messages';
import { getLocale } from '../../../_lib/locale';
import { requirePageUser } from '../../../_lib/require-page-user';
import { NoticeDraftWorkspace } from './notice-draft-workspace';

export const dynamic = 'force-dynamic';

/** Paste a case notice, check the places and times it names, and save them as a draft case. Staff only. */
export default async function NoticeDraftPage() {
  const [locale] = await Promise.all([getLocale(), requirePageUser(EDIT_ROLES, '/staff/cases/notice')]);
  const communities = await listCommunities(await getDb());
  const bounds = communities.features.length ? (bbox(communities) as [number, number, number, number]) : undefined;
  return <NoticeDraftWorkspace communities={communities} bounds={bounds} messages={messages[locale]} timeZone={settings.timeZone} styleSetting={settings.mapStyle} />;
}
