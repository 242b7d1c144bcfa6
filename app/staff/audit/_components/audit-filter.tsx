import type { AuditFilter } from '@/lib/audit/audit-filter';
import type { Messages } from '@/lib/i18n/messages';

/** The audit log's filters as a plain GET form: object type, case code, zone name, user. */
export function AuditFilterForm({
  filter,
  objectTypes,
  objectLabel,
  messages: t,
}: {
  filter: AuditFilter;
  objectTypes: readonly string[];
  objectLabel: (type: string) => string;
  messages: Messages;
}) {
  return (
    <form className="audit-filter" method="get" aria-label={t.auditFilter} data-testid="audit-filter">
      <label>
        {t.auditObjectType}
        <select name="type" defaultValue={filter.objectType ?? ''}>
          <option value="">{t.auditAll}</option>
          {objectTypes.map((o) => (
            <option key={o} value={o}>
              {objectLabel(o)}
            </option>
          ))}
        </select>
      </label>
      {filter.objectId ? <input type="hidden" name="id" value={filter.objectId} /> : null}
      <label>
        {t.auditCaseCode}
        <input name="case" type="search" defaultValue={filter.caseCode ?? ''} size={10} maxLength={40} />
      </label>
      <label>
        {t.auditZoneName}
        <input name="zone" type="search" defaultValue={filter.zoneName ?? ''} size={12} maxLength={100} />
      </label>
      <label>
        {t.auditUser}
        <input name="user" type="search" defaultValue={filter.user ?? ''} size={10} maxLength={60} />
      </label>
      <button type="submit" className="staff-button">
        {t.filter}
      </button>
    </form>
  );
}
