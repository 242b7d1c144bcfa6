'use client';
import type { StaffCase } from '@/lib/staff-api/records';
import type { Messages } from '@/lib/i18n/messages';
import type { ListQuery } from '@/lib/lists/list-query';
import { ListSearch } from '../../_components/list-search';

type Props = {
  /** One server page of the list (see `listStaffCasePage`). */
  cases: StaffCase[];
  listing: { query: ListQuery; total: number };
  selected: string | null;
  t: Messages;
  when: (iso: string) => string;
  communityName: (id: number | null) => string | null;
  onSelect: (code: string) => void;
};

/** A server page of the cases, newest report first, with its search box and pager: status, classification, report time, visits and home community. */
export function CaseList({ cases, listing, selected, t, when, communityName, onSelect }: Props) {
  return (
    <>
      <h2>{t.caseList}</h2>
      <ListSearch path="/staff/cases" query={listing.query} total={listing.total} what={t.listCasesWhat} messages={t} testId="case-list-search" />
      <ul className="zone-list">
        {cases.map((c) => (
          <li key={c.id} className={`zone-item ${c.status === 'draft' ? 'precaution' : 'sealed'}${c.code === selected ? ' selected' : ''}`} data-testid="case-item">
            <button type="button" className="link-button" onClick={() => onSelect(c.code)}>
              <h3>{c.code}</h3>
            </button>
            <div className="meta">
              {c.status === 'draft' ? t.caseDraft : t.casePublished} · {t[c.classification]} · {t.reportedAt} {when(c.reportedAt)} · {t.caseVisits.replace('{n}', String(c.visits.length))}
              {c.communityId !== null ? ` · ${t.caseHomeCommunity}: ${communityName(c.communityId)}` : ''}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
