import { getDb } from '@/lib/db/client';
import { listFollowUpReportPage } from '@/lib/db/queries/report-follow-up';
import { readListQuery } from '@/lib/lists/list-query';
import { ListSearch } from '../_components/list-search';
import { READ_ROLES } from '@/lib/auth/session';
import { settings } from '@/lib/env';
import { messages } from '@/lib/i18n/messages';
import { getLocale } from '../../_lib/locale';
import { requirePageUser } from '../../_lib/require-page-user';
import { ReportRow } from './report-row';

export const dynamic = 'force-dynamic';

/** Residents' reports to follow up (staff update; officials read), paged and searched on the server. */
export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = readListQuery(await searchParams);
  const [locale, user] = await Promise.all([getLocale(), requirePageUser(READ_ROLES, '/staff/reports')]);
  const t = messages[locale];
  const page = await listFollowUpReportPage(await getDb(), query);
  const reports = page.rows;
  const when = (iso: string) =>
    new Date(iso).toLocaleString(locale, { timeZone: settings.timeZone, dateStyle: 'short', timeStyle: 'short' });
  return (
    <main className="staff-page">
      <h2>{t.reportsTitle}</h2>
      <p className="hint">{t.reportsHint.replace('{days}', String(settings.reportRetentionDays))}</p>
      <ListSearch
        path="/staff/reports"
        query={query}
        total={page.total}
        what={t.listReportsWhat}
        messages={t}
        testId="reports-search"
      />
      {reports.length === 0 ? (
        query.q ? null : (
          <p className="hint">{t.reportsEmpty}</p>
        )
      ) : (
        <table className="audit-table stacked-table" data-testid="reports-table">
          <thead>
            <tr>
              <th>{t.reportsReceived}</th>
              <th>{t.community}</th>
              <th>{t.reportsResident}</th>
              <th>{t.reportsOverlaps}</th>
              <th>{t.reportsStatus}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.id}>
                <td data-label={t.reportsReceived}>
                  {when(r.createdAt)}
                  <div className="hint">{t.reportsExpires.replace('{date}', when(r.expiresAt))}</div>
                </td>
                <td data-label={t.community}>{r.community}</td>
                <td data-label={t.reportsResident}>
                  {r.name}
                  <div className="hint">{r.phone}</div>
                </td>
                <td data-label={t.reportsOverlaps}>{r.overlapCount}</td>
                <td data-label={t.reportsStatus}>
                  <ReportRow id={r.id} status={r.status} notes={r.notes ?? ''} canEdit={user.role === 'staff'} messages={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
