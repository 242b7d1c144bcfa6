import { decodeBriefingState } from '@/lib/briefing/url-state';
import { messages } from '@/lib/i18n/messages';
import { settings } from '@/lib/env';
import { getLocale } from '../_lib/locale';
import { loadBriefingPage } from './load';
import { requirePageUser } from '../_lib/require-page-user';
import { READ_ROLES } from '@/lib/auth/session';
import { BriefingView } from './_components/briefing-view';

export const dynamic = 'force-dynamic';

/** The officials' briefing: a full-screen map at a chosen day, its figures, changes and places. */
export default async function BriefingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Officials, staff and admins only: the briefing shows drafts' counts and residents' reports awaiting follow-up.
  await requirePageUser(READ_ROLES, '/briefing');
  const raw = await searchParams;
  const params = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));
  const state = decodeBriefingState(params);
  const [locale, data] = await Promise.all([
    getLocale(),
    loadBriefingPage({ at: state.at, trackDays: state.trackDays, source: params.get('source'), withCommunities: true }),
  ]);
  return <BriefingView initial={data} locale={locale} messages={messages[locale]} styleSetting={settings.mapStyle} forcedSource={params.get('source')} />;
}
