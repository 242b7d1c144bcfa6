'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { blankRoundForm, roundBody, roundFormOf, type RoundForm } from '@/lib/community/round-form';
import type { RoundRow } from '@/lib/staff-api/records';
import type { Messages } from '@/lib/i18n/messages';
import { adminApi } from '@/lib/staff-api/admin-api';
import type { StaffAnswer } from '@/lib/staff-api/staff-answer';
import type { ListQuery } from '@/lib/lists/list-query';
import { RoundFormView } from './_components/round-form';
import { RoundsTable } from './_components/rounds-table';
import { StatusPanel } from './_components/status-panel';
import type { HistoryRow, RoundPlace, RoundStatus } from './_components/types';

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

type Notice = { kind: 'ok' | 'error'; text: string; field?: string };

/** The testing-round form and list, filtered by community, with that community's status and history. */
export function RoundsWorkspace(props: Props) {
  const t = props.messages;
  const router = useRouter();
  const [form, setForm] = useState<RoundForm>(blankRoundForm(props.communityId, props.today));
  const [notice, setNotice] = useState<Notice | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const selected = props.places.find((p) => p.id === props.communityId);

  const send = async <T,>(call: () => Promise<StaffAnswer<T, unknown>>): Promise<T | null> => {
    setIsSaving(true);
    try {
      const answer = await call();
      if (answer.ok) return answer.body;
      setNotice({ kind: 'error', text: answer.error.message, field: answer.error.field });
      return null;
    } finally {
      setIsSaving(false);
    }
  };

  const save = async () => {
    const result = await send(() => adminApi().rounds.save(form.id, roundBody(form)));
    if (!result) return;
    setNotice({ kind: 'ok', text: t.roundSaved.replace('{n}', String(result.round?.roundNumber ?? '')) });
    setForm(blankRoundForm(props.communityId, props.today));
    router.refresh();
  };

  const remove = async (round: RoundRow) => {
    if (!window.confirm(`${t.roundDelete}: ${round.communityName} ${round.gridCellName ?? ''} #${round.roundNumber}?`)) return;
    if (await send(() => adminApi().rounds.remove(round.id))) {
      setNotice({ kind: 'ok', text: t.roundDeleted });
      router.refresh();
    }
  };

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
            form={form}
            onChange={setForm}
            onSubmit={() => void save()}
            onCancel={() => setForm(blankRoundForm(props.communityId, props.today))}
            places={props.places}
            today={props.today}
            isSaving={isSaving}
            notice={notice}
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
          isSaving={isSaving}
          onEdit={(round) => {
            setForm(roundFormOf(round));
            setNotice(null);
          }}
          onDelete={(round) => void remove(round)}
          messages={t}
        />
      </div>
    </main>
  );
}
