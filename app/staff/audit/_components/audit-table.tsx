import type { ChangeLine } from '@/lib/audit/describe-change';
import type { Messages } from '@/lib/i18n/messages';

/** An audit entry ready to show: labels translated, time local, changes as lines. */
export type AuditEntryView = {
  id: number;
  when: string;
  actor: string;
  action: string;
  objectLabel: string;
  objectHref: string;
  subject: string;
  changes: (ChangeLine & { label: string })[];
};

/** The audit entries as a table; each change a line "field: before → after" (text, never HTML). */
export function AuditTable({ entries, messages: t }: { entries: AuditEntryView[]; messages: Messages }) {
  return (
    <table className="audit-table stacked-table" data-testid="audit-table">
      <thead>
        <tr>
          <th>{t.auditAt}</th>
          <th>{t.auditActor}</th>
          <th>{t.auditAction}</th>
          <th>{t.auditObject}</th>
          <th>{t.auditChanges}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} data-testid="audit-row">
            <td data-label={t.auditAt}>{e.when}</td>
            <td data-label={t.auditActor}>{e.actor}</td>
            <td data-label={t.auditAction}>{e.action}</td>
            <td data-label={t.auditObject}>
              <a href={e.objectHref}>{e.objectLabel}</a>
              {e.subject ? <div>{e.subject}</div> : null}
            </td>
            <td data-label={t.auditChanges}>
              {e.changes.length === 0 ? (
                <span className="hint">{t.auditNoChange}</span>
              ) : (
                <ul className="audit-changes">
                  {e.changes.map((c) => (
                    <li key={c.field}>
                      {c.label ? <strong>{c.label}: </strong> : null}
                      {c.before !== null ? <del>{c.before}</del> : null}
                      {c.before !== null && c.after !== null ? ' → ' : null}
                      {c.after !== null ? <ins>{c.after}</ins> : null}
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
