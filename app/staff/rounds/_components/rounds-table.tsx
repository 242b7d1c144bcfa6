import { roundCoverage } from '@/lib/community/round-form';
import type { RoundRow } from '@/lib/staff-api/records';
import type { Messages } from '@/lib/i18n/messages';
import type { ListQuery } from '@/lib/lists/list-query';
import { ListSearch } from '../../_components/list-search';
import type { RoundPlace } from './types';

type Props = {
  rounds: RoundRow[];
  listing: { query: ListQuery; total: number };
  communityId: number | null;
  places: RoundPlace[];
  canEdit: boolean;
  isSaving: boolean;
  onEdit: (round: RoundRow) => void;
  onDelete: (round: RoundRow) => void;
  messages: Messages;
};

/** One server page of the testing rounds, newest day first, with search and pager (every round is reachable). */
export function RoundsTable({ rounds, listing, communityId, places, canEdit, isSaving, onEdit, onDelete, messages: t }: Props) {
  const population = (id: number) => places.find((p) => p.id === id)?.population;
  return (
    <div>
      <ListSearch
        path="/staff/rounds"
        query={listing.query}
        total={listing.total}
        what={t.listRoundsWhat}
        messages={t}
        keep={{ community: communityId ? String(communityId) : undefined }}
        testId="rounds-search"
      />
      {rounds.length === 0 ? (
        listing.query.q ? null : (
          <p className="hint">{t.roundsEmpty}</p>
        )
      ) : (
        <table className="staff-table round-table stacked-table" data-testid="rounds-table">
          <thead>
            <tr>
              <th>{t.roundTestedOn}</th>
              <th>{t.roundCommunity}</th>
              <th>{t.roundNumber}</th>
              <th>{t.roundPeopleTested}</th>
              <th>{t.roundPositives}</th>
              <th>{t.roundNote}</th>
              {canEdit ? <th /> : null}
            </tr>
          </thead>
          <tbody>
            {rounds.map((r) => (
              <tr key={r.id} data-testid="round-row">
                <td data-label={t.roundTestedOn}>{r.testedOn}</td>
                <td data-label={t.roundCommunity}>
                  {r.communityName}
                  <div className="hint">{r.gridCellName ?? t.roundWholeCommunity}</div>
                </td>
                <td data-label={t.roundNumber}>{r.roundNumber}</td>
                <td data-label={t.roundPeopleTested}>
                  {r.peopleTested.toLocaleString()}
                  <div className="hint">{roundCoverage(r, population(r.communityId), t.roundCoverage)}</div>
                </td>
                <td data-label={t.roundPositives} className={r.positives > 0 ? 'positive' : undefined}>
                  {r.positives}
                </td>
                <td data-label={t.roundNote}>{r.note ?? ''}</td>
                {canEdit ? (
                  <td className="row-actions">
                    <button type="button" onClick={() => onEdit(r)}>
                      {t.roundEdit}
                    </button>{' '}
                    <button type="button" disabled={isSaving} onClick={() => onDelete(r)}>
                      {t.roundDelete}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
