import { cache } from 'react';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/lib/db/client';
import { getCaseNotice } from '@/lib/db/queries/case-notices';
import { listCommunities } from '@/lib/db/queries/communities';
import { bbox } from '@turf/turf';
import { settings } from '@/lib/env';
import { publicOrigin } from '@/lib/api/public-origin';
import { caseNoticeText, noticePlaces, noticeSummary, zoneLabel } from '@/lib/notice/case-notice-text';
import { messages } from '@/lib/i18n/messages';
import { translate } from '@/lib/i18n/locale';
import { AppHeader } from '@/app/_components/app-header';
import { getLocale } from '@/app/_lib/locale';
import { CaseNoticeView } from './case-notice-view';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ caseCode: string }> };

/** One lookup per request, shared by the metadata and the page. */
const loadNotice = cache(async (caseCode: string) => getCaseNotice(await getDb(), decodeURIComponent(caseCode)));

/**
 * What a group chat shows when the link is pasted: a title naming the case, a summary of days and places, and
 * the notice map as an image (./image, drawn on the server).
 */
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { caseCode } = await params;
  const [locale, notice, headerList] = await Promise.all([getLocale(), loadNotice(caseCode), headers()]);
  if (!notice) return { title: translate(locale, 'noticeNotFoundTitle') };
  const origin = publicOrigin(headerList, settings.publicOrigin);
  const code = encodeURIComponent(notice.caseCode);
  const title = translate(locale, 'noticePageTitle', { code: notice.caseCode });
  const description = noticeSummary(notice, locale, settings.timeZone);
  return {
    title,
    description,
    openGraph: {
      type: 'article',
      title,
      description,
      url: `${origin}/notices/${code}`,
      images: [{ url: `${origin}/notices/${code}/image`, width: 1200, height: 630, alt: title }],
    },
    twitter: { card: 'summary_large_image', title, description, images: [`${origin}/notices/${code}/image`] },
  };
}

/** The group-chat notice of one published case: text to copy, a numbered map image, a short link. */
export default async function CaseNoticePage({ params }: Params) {
  const { caseCode } = await params;
  const [locale, db, headerList, notice] = await Promise.all([getLocale(), getDb(), headers(), loadNotice(caseCode)]);
  if (!notice) notFound();
  // A code typed in another case (/n/c-009) lands on the case's own address.
  if (notice.caseCode !== decodeURIComponent(caseCode)) redirect(`/notices/${encodeURIComponent(notice.caseCode)}`);
  // The communities around the track give the map its context (the offline basemap has none at street zoom).
  const [w, s, e, n] = bbox(notice.track);
  const communities = await listCommunities(db, { bbox: [w - 0.01, s - 0.01, e + 0.01, n + 0.01] });
  const origin = publicOrigin(headerList, settings.publicOrigin);
  const checkUrl = `${origin}/check?case=${encodeURIComponent(notice.caseCode)}`;
  const zone = zoneLabel(settings.timeZone, notice.visits[0]?.start ?? notice.reportedAt);
  return (
    <div className="notice-shell">
      <AppHeader locale={locale} />
      <CaseNoticeView
        caseCode={notice.caseCode}
        text={caseNoticeText(notice, locale, settings.timeZone, checkUrl)}
        places={noticePlaces(notice, locale, settings.timeZone)}
        placesTitle={translate(locale, 'noticePlacesTitle', { zone })}
        shortLink={`${origin}/n/${encodeURIComponent(notice.caseCode)}`}
        track={notice.track}
        communities={communities}
        messages={messages[locale]}
        styleSetting={settings.mapStyle}
      />
    </div>
  );
}
