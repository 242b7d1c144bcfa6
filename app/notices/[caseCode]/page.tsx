import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getDb } from '@/lib/db/client';
import { getCaseNotice } from '@/lib/db/queries/case-notices';
import { listCommunities } from '@/lib/db/queries/communities';
import { bbox } from '@turf/turf';
import { settings } from '@/lib/env';
import { publicOrigin } from '@/lib/api/public-origin';
import { caseNoticeText } from '@/lib/notice/case-notice-text';
import { messages } from '@/lib/i18n/messages';
import { AppHeader } from '@/app/_components/app-header';
import { getLocale } from '@/app/_lib/locale';
import { CaseNoticeView } from './case-notice-view';

export const dynamic = 'force-dynamic';

/** The group-chat notice of one published case: text to copy, a numbered map image, a short link. */
export default async function CaseNoticePage({ params }: { params: Promise<{ caseCode: string }> }) {
  const { caseCode } = await params;
  const [locale, db, headerList] = await Promise.all([getLocale(), getDb(), headers()]);
  const notice = await getCaseNotice(db, decodeURIComponent(caseCode));
  if (!notice) notFound();
  // The communities around the track give the map its context (the offline basemap has none at street zoom).
  const [w, s, e, n] = bbox(notice.track);
  const communities = await listCommunities(db, { bbox: [w - 0.01, s - 0.01, e + 0.01, n + 0.01] });
  const origin = publicOrigin(headerList, settings.publicOrigin);
  const checkUrl = `${origin}/check?case=${encodeURIComponent(notice.caseCode)}`;
  return (
    <div className="notice-shell">
      <AppHeader locale={locale} />
      <CaseNoticeView
        caseCode={notice.caseCode}
        text={caseNoticeText(notice, locale, settings.timeZone, checkUrl)}
        shortLink={`${origin}/n/${encodeURIComponent(notice.caseCode)}`}
        track={notice.track}
        communities={communities}
        messages={messages[locale]}
        styleSetting={settings.mapStyle}
      />
    </div>
  );
}
