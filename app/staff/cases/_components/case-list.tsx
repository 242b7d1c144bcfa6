import type { StaffCase } from '@/lib/db/queries/case-edits';
import type { Messages } from '@/lib/i18n/messages';
import type { ListQuery } from '@/lib/lists/list-query';
import { ListSearch } from '../../_components/list-search';

type Props = {
  cases: StaffCase[];
  listing: { query: ListQuery; total: number };
  selected: string | null;
  onSelect: (code: string) => void;
  when: (iso: string) => string;
  communityName: (id: number | null) => string | null;
  messages: Messages;
};

/** One server page of the case list with its search box and pager; a click opens the case in the workspace. */
export function CaseList({ cases, listing, selected, onSelect, when, communityName, messages: t }: Props) {
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
