import { bbox } from '@turf/turf';
import { getDb, type Db } from '@/lib/db/client';
import { listCommunities } from '@/lib/db/queries/communities';
import { listZones } from '@/lib/db/queries/zones';
import { getCaseNotice } from '@/lib/db/queries/case-notices';
import { focusTrackFeatures, readCaseParam, type FocusCase } from '@/lib/check/focus-case';
import { settings } from '@/lib/env';
import { messages } from '@/lib/i18n/messages';
import { AppHeader } from '../_components/app-header';
import { getLocale } from '../_lib/locale';
import { ResidentCheck } from './_components/resident-check';

export const dynamic = 'force-dynamic';

/**
 * The resident self-check: give your trips, pick a rule, check privately on the device by default.
 * `?case=C-009` (the link in a case notice) shows that published case's places and track first.
 */
export default async function CheckPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [locale, db, query] = await Promise.all([getLocale(), getDb(), searchParams]);
  const focusCase = await loadFocusCase(db, readCaseParam(query.case));
  // Every zone, lifted ones included: a trip last month is checked against the zones in force then.
  const [communities, zones] = await Promise.all([listCommunities(db), listZones(db)]);
  const bounds = communities.features.length ? (bbox(communities) as [number, number, number, number]) : undefined;
  return (
    <div className="check-shell">
      <AppHeader locale={locale} />
      <ResidentCheck
        locale={locale}
        messages={messages[locale]}
        communities={communities}
        zones={zones}
        bounds={bounds}
        retentionDays={settings.reportRetentionDays}
        styleSetting={settings.mapStyle}
        focusCase={focusCase}
        caseTimeZone={settings.timeZone}
      />
    </div>
  );
}

/** The published case named by `?case=`, or "unknown" for a draft, a typo or text that is no case code. */
async function loadFocusCase(db: Db, param: ReturnType<typeof readCaseParam>): Promise<FocusCase | undefined> {
  if (!param) return undefined;
  const notice = param.isWellFormed ? await getCaseNotice(db, param.code) : undefined;
  if (!notice) return { kind: 'unknown', caseCode: param.code };
  return { kind: 'found', caseCode: notice.caseCode, visits: notice.visits, track: focusTrackFeatures(notice.caseCode, notice.track) };
}
