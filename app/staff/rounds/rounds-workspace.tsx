'use client';
import { useRouter } from 'next/navigation';
import type { RoundRow } from '@/lib/staff-api/records';
import type { Messages } from '@/lib/i18n/messages';
import type { ListQuery } from '@/lib/lists/list-query';
import { RoundFormView } from './_components/round-form';
import { RoundsTable } from './_components/rounds-table';
import { StatusPanel } from './_components/status-panel';
import type { HistoryRow, RoundPlace, RoundStatus } from './_components/types';
import { useRoundEditor } from './use-round-editor';

export type { HistoryRow } from './_components/types';

type Props = {
  places: RoundPlace[];
  /** One server page of the rounds (see `listRoundPage`). */
  rounds: RoundRow[];
  listing: { query: ListQuery; total: number };
  communityId: number | null;
  status: RoundStatus | null;
  history: HistoryRow[];
  /** The local date now (the server's clock): the latest date a round may have. */
  today: string;
  canEdit: boolean;
  messages: Messages;
};

/** The testing-round form and list, filtered by community, with that community's status and history. */
export function RoundsWorkspace(props: Props) {
  const t = props.messages;
  const router = useRouter();
  const editor = useRoundEditor(props.communityId, props.today, t);
  const selected = props.places.find((p) => p.id === props.communityId);

  return (
    <main className="staff-page">
      <h2>{t.roundsTitle}</h2>
      <p className="hint">{t.roundsIntro}</p>
      <form method="get" className="audit-filter" aria-label={t.roundCommunity}>
        <label>
          {t.roundCommunity}
          <select
            name="community"
            defaultValue={props.communityId ?? ''}
            onChange={(e) => router.push(e.target.value ? `/staff/rounds?community=${e.target.value}` : '/staff/rounds')}
            data-testid="community-filter"
          >
            <option value="">{t.roundsAll}</option>
            {props.places.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} · {p.district}
              </option>
            ))}
          </select>
        </label>
      </form>
      {selected && props.status ? (
        <StatusPanel name={selected.name} status={props.status} history={props.history} messages={t} />
      ) : null}
      <div className="rounds-layout">
        {props.canEdit ? (
          <RoundFormView
            form={editor.form}
            onChange={editor.setForm}
            onSubmit={() => void editor.save()}
            onCancel={editor.cancel}
            places={props.places}
            today={props.today}
            isSaving={editor.isSaving}
            notice={editor.notice}
            conflict={editor.conflict}
            onReapply={editor.reapply}
            onDiscard={editor.discard}
            messages={t}
          />
        ) : (
          <p className="hint">{t.readOnlyNotice}</p>
        )}
        <RoundsTable
          rounds={props.rounds}
          listing={props.listing}
          communityId={props.communityId}
          places={props.places}
          canEdit={props.canEdit}
          isSaving={editor.isSaving}
          onEdit={editor.edit}
          onDelete={(round) => void editor.remove(round)}
          messages={t}
        />
      </div>
    </main>
  );
}
