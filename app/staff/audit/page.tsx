import { getDb } from '@/lib/db/client';
import { listAuditEntries } from '@/lib/db/queries/audit';
import { READ_ROLES } from '@/lib/auth/session';
import { settings } from '@/lib/env';
import { messages } from '@/lib/i18n/messages';
import { getLocale } from '../../_lib/locale';
import { requirePageUser } from '../../_lib/require-page-user';

export const dynamic = 'force-dynamic';

const OBJECT_TYPES = ['zone', 'case', 'community', 'grid-cell', 'user', 'report', 'testing-round', 'district-target'];

/** JSON of a before/after state, shown as text (never as HTML). */
const pretty = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value, null, 1));

/** The audit log, newest first, filtered by object type and id. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<{ type?: string; id?: string }> }) {
  const [locale] = await Promise.all([getLocale(), requirePageUser(READ_ROLES, '/staff/audit')]);
  const t = messages[locale];
  const { type, id } = await searchParams;
  const objectType = type && OBJECT_TYPES.includes(type) ? type : undefined;
  const objectId = id && /^[\w.-]{1,40}$/.test(id) ? id : undefined;
  const entries = await listAuditEntries(await getDb(), { objectType, objectId });
  const when = (iso: string) => new Date(iso).toLocaleString(locale, { timeZone: settings.timeZone, dateStyle: 'short', timeStyle: 'medium' });
  return (
    <main className="staff-page">
      <h2>{t.auditTitle}</h2>
      <form className="audit-filter" method="get" aria-label={t.auditFilter}>
        <label>
          {t.auditObjectType}
          <select name="type" defaultValue={objectType ?? ''}>
            <option value="">{t.auditAll}</option>
            {OBJECT_TYPES.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.auditObjectId}
          <input name="id" defaultValue={objectId ?? ''} size={8} />
        </label>
        <button type="submit" className="staff-button">
          {t.filter}
        </button>
      </form>
      {entries.length === 0 ? (
        <p className="hint">{t.auditEmpty}</p>
      ) : (
        <table className="audit-table stacked-table" data-testid="audit-table">
          <thead>
            <tr>
              <th>{t.auditAt}</th>
              <th>{t.auditActor}</th>
              <th>{t.auditAction}</th>
              <th>{t.auditObject}</th>
              <th>{t.auditBefore}</th>
              <th>{t.auditAfter}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td data-label={t.auditAt}>{when(e.at)}</td>
                <td data-label={t.auditActor}>{e.actor}</td>
                <td data-label={t.auditAction}>{e.action}</td>
                <td data-label={t.auditObject}>
                  <a href={`/staff/audit?type=${encodeURIComponent(e.objectType)}&id=${encodeURIComponent(e.objectId)}`}>
                    {e.objectType} {e.objectId}
                  </a>
                </td>
                <td data-label={t.auditBefore}>
                  <pre>{pretty(e.before)}</pre>
                </td>
                <td data-label={t.auditAfter}>
                  <pre>{pretty(e.after)}</pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
