import Link from 'next/link';
import { now } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import { evaluateCommunitiesAt, noEpidemicProgress } from '@/lib/db/queries/community-status';
import { READ_ROLES } from '@/lib/auth/session';
import { combinedTarget } from '@/lib/community/target-progress';
import { localDay } from '@/lib/briefing/slider-days';
import { settings } from '@/lib/env';
import { formatDay, formatInstant } from '@/lib/i18n/format-time';
import { messages } from '@/lib/i18n/messages';
import { ProgressChart } from '../_components/charts/progress-chart';
import { getLocale } from '../_lib/locale';
import { requirePageUser } from '../_lib/require-page-user';
import { communityWorkSpan, describeStatus } from './_lib/community-work';
import { TargetsForm } from './targets-form';
import { ExportLinks } from './_components/export-links';

export const dynamic = 'force-dynamic';

/** The staff dashboard: no-epidemic progress against the district targets, and every community's status now. */
export default async function StaffDashboard() {
  const [locale, user] = await Promise.all([getLocale(), requirePageUser(READ_ROLES, '/staff')]);
  const t = messages[locale];
  const db = await getDb();
  const at = now();
  const span = await communityWorkSpan(db, at);
  const [progress, communities] = await Promise.all([noEpidemicProgress(db, span), evaluateCommunitiesAt(db, at)]);
  const today = localDay(at, settings.timeZone);
  const countNow = communities.filter((c) => c.result.isNoEpidemic).length;
  const districts = [...new Set(communities.map((c) => c.district))].sort();
  return (
    <main className="staff-page dashboard">
      <h2>{t.dashboardTitle}</h2>
      <p className="hint" data-testid="dashboard-now" data-count={countNow}>
        {t.dashboardAsOf.replace('{time}', formatInstant(at, locale, settings.timeZone))} ·{' '}
        {t.progressSummaryNoTarget.replace('{count}', String(countNow)).replace('{total}', String(communities.length))}
        <br />
        {t.ruleSummary.replace('{days}', String(settings.noEpidemicDays))}
      </p>
      <ProgressChart
        days={progress.days}
        targets={progress.targets}
        total={progress.total}
        title={t.progressTitle}
        summaryTemplate={t.progressSummary}
        summaryNoTargetTemplate={t.progressSummaryNoTarget}
        formatDay={(day) => formatDay(day, locale)}
        width={640}
        height={200}
        testId="dashboard-progress"
      />
      {span.to < today ? <p className="hint">{t.progressChartEnds.replace('{day}', formatDay(span.to, locale))}</p> : null}
      <h3>{t.dashboardByDistrict}</h3>
      <table className="staff-table" data-testid="district-table">
        <thead>
          <tr>
            <th>{t.targetDistrict}</th>
            <th>{t.statusNoEpidemic}</th>
            <th>{t.targetCurrent}</th>
          </tr>
        </thead>
        <tbody>
          {districts.map((district) => {
            const inDistrict = communities.filter((c) => c.district === district);
            const target = combinedTarget(
              progress.targets.filter((x) => x.district === district),
              today,
            );
            return (
              <tr key={district}>
                <td>{district}</td>
                <td>
                  {inDistrict.filter((c) => c.result.isNoEpidemic).length} / {inDistrict.length}
                </td>
                <td>{target ? `${target.targetCount} · ${formatDay(target.dueOn, locale)}` : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <TargetsForm targets={progress.targets} districts={districts} canEdit={user.role === 'staff'} messages={t} />
      <h3>{t.dashboardCommunities}</h3>
      <table className="staff-table community-status-table" data-testid="community-status-table">
        <thead>
          <tr>
            <th>{t.community}</th>
            <th>{t.district}</th>
            <th>{t.statusNoEpidemic}</th>
          </tr>
        </thead>
        <tbody>
          {communities.map((c) => {
            const status = describeStatus(c.result, t, locale);
            return (
              <tr
                key={c.communityId}
                data-testid="community-status-row"
                data-community={c.name}
                data-status={c.result.isNoEpidemic ? 'no-epidemic' : 'not-yet'}
              >
                <td>
                  <Link href={`/staff/rounds?community=${c.communityId}`}>{c.name}</Link>
                </td>
                <td>{c.district}</td>
                <td>
                  <strong className={c.result.isNoEpidemic ? 'status-ok' : 'status-not'}>{status.label}</strong>
                  {status.detail.map((line) => (
                    <div key={line} className="hint">
                      {line}
                    </div>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {user.role === 'admin' ? null : <ExportLinks messages={t} today={today} />}
    </main>
  );
}
