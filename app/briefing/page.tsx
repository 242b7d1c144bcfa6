import { decodeBriefingState } from '@/lib/briefing/url-state';
import { messages } from '@/lib/i18n/messages';
import { settings } from '@/lib/env';
import { getLocale } from '../_lib/locale';
import { loadBriefingPage } from './load';
import { requirePageUser } from '../_lib/require-page-user';
import { READ_ROLES } from '@/lib/auth/session';
import { BriefingView } from './_components/briefing-view';
import { isAppError } from '@/lib/errors/app-error';
import { getDb } from '@/lib/db/client';
import { listGridCells } from '@/lib/db/queries/communities';

export const dynamic = 'force-dynamic';

/** The officials' briefing: a full-screen map at now (or a chosen moment), the window's figures, changes and places. */
export default async function BriefingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Officials, staff and admins only: the briefing shows drafts' counts and residents' reports awaiting follow-up.
  await requirePageUser(READ_ROLES, '/briefing');
  const raw = await searchParams;
  const params = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));
  const state = decodeBriefingState(params);
  const input = { at: state.at, since: state.since, trackDays: state.trackDays, source: params.get('source'), withCommunities: true };
  const [locale, data, gridCells] = await Promise.all([
    getLocale(),
    // A pasted link with a window the server refuses opens the default window rather than an error page.
    loadBriefingPage(input).catch((error: unknown) => (isAppError(error) ? loadBriefingPage({ ...input, at: undefined, since: undefined }) : Promise.reject(error))),
    listGridCells(await getDb()),
  ]);
  return <BriefingView initial={data} gridCells={gridCells} locale={locale} messages={messages[locale]} styleSetting={settings.mapStyle} forcedSource={params.get('source')} />;
}
