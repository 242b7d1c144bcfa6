import { getDb } from '@/lib/db/client';
import { listAuditPage } from '@/lib/db/queries/audit-list';
import type { AuditFilter } from '@/lib/audit/audit-filter';
import type { AuditRow } from '@/lib/db/queries/audit';
import { READ_ROLES } from '@/lib/auth/session';
import { describeChange } from '@/lib/audit/describe-change';
import { settings } from '@/lib/env';
import { AUDIT_LABELS } from '@/lib/i18n/audit-labels';
import { formatInstant } from '@/lib/i18n/format-time';
import { messages, type Locale } from '@/lib/i18n/messages';
import { readListQuery } from '@/lib/lists/list-query';
import { getLocale } from '../../_lib/locale';
import { requirePageUser } from '../../_lib/require-page-user';
import { ListSearch } from '../_components/list-search';
import { AuditFilterForm } from './_components/audit-filter';
import { AuditTable, type AuditEntryView } from './_components/audit-table';

export const dynamic = 'force-dynamic';

const OBJECT_TYPES = ['zone', 'case', 'community', 'grid-cell', 'user', 'report', 'testing-round', 'district-target'];

type Params = Record<string, string | string[] | undefined>;
const text = (value: string | string[] | undefined, max: number) =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined;

/** The filters from the URL, each checked (an odd value is ignored, never an error page). */
function readAuditFilter(params: Params): AuditFilter {
  const type = text(params.type, 40);
  const id = text(params.id, 40);
  return {
    objectType: type && OBJECT_TYPES.includes(type) ? type : undefined,
    objectId: id && /^[\w.-]{1,40}$/.test(id) ? id : undefined,
    caseCode: text(params.case, 40),
    zoneName: text(params.zone, 100),
    user: text(params.user, 60),
  };
}

/** What the entry is about, by name: a case's code, a zone's or community's name, a user's username. */
function subjectOf(row: AuditRow): string {
  for (const state of [row.after, row.before]) {
    if (state && typeof state === 'object' && !Array.isArray(state)) {
      const s = state as Record<string, unknown>;
      const name = s.code ?? s.name ?? s.username ?? s.district;
      if (typeof name === 'string') return name;
    }
  }
  return '';
}

function viewOf(row: AuditRow, locale: Locale): AuditEntryView {
  const labels = AUDIT_LABELS[locale];
  const local = (iso: string) => formatInstant(iso, locale, settings.timeZone);
  return {
    id: row.id,
    when: local(row.at),
    actor: row.actor,
    action: labels.actions[row.action] ?? row.action,
    objectLabel: `${labels.objects[row.objectType] ?? row.objectType} #${row.objectId}`,
    objectHref: `/staff/audit?type=${encodeURIComponent(row.objectType)}&id=${encodeURIComponent(row.objectId)}`,
    subject: subjectOf(row),
    changes: describeChange(row.before, row.after, { formatInstant: local }).map((c) => ({
      ...c,
      label: labels.fields[c.field] ?? c.field,
    })),
  };
}

/** The audit log, newest first, in the reader's language and local time: filter by object, case code, zone name, user. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Params> }) {
  const [locale] = await Promise.all([getLocale(), requirePageUser(READ_ROLES, '/staff/audit')]);
  const t = messages[locale];
  const params = await searchParams;
  const filter = readAuditFilter(params);
  const query = readListQuery(params);
  const page = await listAuditPage(await getDb(), filter, query);
  const keep = { type: filter.objectType, id: filter.objectId, case: filter.caseCode, zone: filter.zoneName, user: filter.user };
  return (
    <main className="staff-page">
      <h2>{t.auditTitle}</h2>
      <AuditFilterForm
        filter={filter}
        objectTypes={OBJECT_TYPES}
        objectLabel={(o) => AUDIT_LABELS[locale].objects[o] ?? o}
        messages={t}
      />
      <ListSearch
        path="/staff/audit"
        query={{ ...query, q: '' }}
        total={page.total}
        what=""
        messages={t}
        keep={keep}
        testId="audit-pager"
        hideSearch
      />
      {page.rows.length === 0 ? (
        <p className="hint">{t.auditEmpty}</p>
      ) : (
        <AuditTable entries={page.rows.map((row) => viewOf(row, locale))} messages={t} />
      )}
    </main>
  );
}
