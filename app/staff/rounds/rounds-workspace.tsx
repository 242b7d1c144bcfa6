'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { RoundRow } from '@/lib/db/queries/testing-rounds';
import type { Messages } from '@/lib/i18n/messages';

type Place = { id: number; name: string; district: string; population: number | null; gridCells: { id: number; name: string }[] };
export type HistoryRow = { day: string; dayText: string; from: string; to: string; isNoEpidemic: boolean; reasons: string[] };

type Props = {
  places: Place[];
  rounds: RoundRow[];
  communityId: number | null;
  status: { isNoEpidemic: boolean; label: string; detail: string[] } | null;
  history: HistoryRow[];
  /** The local date now (the server's clock): the latest date a round may have. */
  today: string;
  canEdit: boolean;
  messages: Messages;
};

type Form = {
  id: number | null;
  /** The version of the round being corrected, as read (a stale correction is refused). */
  version?: number;
  communityId: string;
  gridCellId: string;
  roundNumber: string;
  testedOn: string;
  peopleTested: string;
  positives: string;
  note: string;
};

const numberOrNull = (s: string) => (s.trim() === '' ? null : Number(s));

/** The testing-round form and list, filtered by community, with that community's status and history. */
export function RoundsWorkspace(props: Props) {
  const t = props.messages;
  const router = useRouter();
  const blank = (communityId: number | null): Form => ({
    id: null,
    communityId: communityId ? String(communityId) : '',
    gridCellId: '',
    roundNumber: '',
    testedOn: props.today,
    peopleTested: '',
    positives: '0',
    note: '',
  });
  const [form, setForm] = useState<Form>(blank(props.communityId));
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string; field?: string } | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const place = props.places.find((p) => String(p.id) === form.communityId);
  const selected = props.places.find((p) => p.id === props.communityId);

  const send = async (url: string, method: string, body?: unknown): Promise<{ round?: RoundRow } | null> => {
    setIsSaving(true);
    try {
      const response = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const json = (await response.json().catch(() => ({}))) as { error?: string; field?: string; round?: RoundRow };
      if (!response.ok) {
        setNotice({ kind: 'error', text: json.error ?? `HTTP ${response.status}`, field: json.field });
        return null;
      }
      return json;
    } finally {
      setIsSaving(false);
    }
  };

  const save = async () => {
    const body = {
      ...(form.id === null ? {} : { version: form.version }),
      communityId: numberOrNull(form.communityId),
      gridCellId: numberOrNull(form.gridCellId),
      roundNumber: numberOrNull(form.roundNumber),
      testedOn: form.testedOn,
      peopleTested: numberOrNull(form.peopleTested),
      positives: numberOrNull(form.positives),
      note: form.note.trim() || null,
    };
    const result = await send(
      form.id === null ? '/api/staff/rounds' : `/api/staff/rounds/${form.id}`,
      form.id === null ? 'POST' : 'PUT',
      body,
    );
    if (!result) return;
    setNotice({ kind: 'ok', text: t.roundSaved.replace('{n}', String(result.round?.roundNumber ?? '')) });
    setForm(blank(props.communityId));
    router.refresh();
  };

  const remove = async (round: RoundRow) => {
    if (!window.confirm(`${t.roundDelete}: ${round.communityName} ${round.gridCellName ?? ''} #${round.roundNumber}?`)) return;
    if (await send(`/api/staff/rounds/${round.id}`, 'DELETE')) {
      setNotice({ kind: 'ok', text: t.roundDeleted });
      router.refresh();
    }
  };

  const edit = (round: RoundRow) => {
    setForm({
      id: round.id,
      version: round.version,
      communityId: String(round.communityId),
      gridCellId: round.gridCellId ? String(round.gridCellId) : '',
      roundNumber: String(round.roundNumber),
      testedOn: round.testedOn,
      peopleTested: String(round.peopleTested),
      positives: String(round.positives),
      note: round.note ?? '',
    });
    setNotice(null);
  };

  const invalid = (field: string) => (notice?.kind === 'error' && notice.field === field ? true : undefined);
  const coverage = (round: RoundRow) => {
    const population = props.places.find((p) => p.id === round.communityId)?.population;
    return round.gridCellId === null && population
      ? t.roundCoverage.replace('{pct}', String(Math.round((round.peopleTested / population) * 100)))
      : '';
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
        <section
          className="community-status"
          data-testid="community-status"
          data-status={props.status.isNoEpidemic ? 'no-epidemic' : 'not-yet'}
          aria-live="polite"
        >
          <h3>
            {selected.name}: <span className={props.status.isNoEpidemic ? 'status-ok' : 'status-not'}>{props.status.label}</span>
          </h3>
          {props.status.detail.map((line) => (
            <div key={line} className="hint">
              {line}
            </div>
          ))}
          <h4>{t.statusHistory}</h4>
          {props.history.length ? (
            <ol className="history-list" data-testid="status-history">
              {props.history.map((h) => (
                <li key={h.day}>
                  <strong>{h.dayText}</strong> {h.from ? `${h.from} → ` : ''}
                  <span className={h.isNoEpidemic ? 'status-ok' : 'status-not'}>{h.to}</span>
                  {h.reasons.length ? <span className="hint"> · {h.reasons.join('; ')}</span> : null}
                </li>
              ))}
            </ol>
          ) : (
            <p className="hint">{t.statusHistoryEmpty}</p>
          )}
        </section>
      ) : null}
      <div className="rounds-layout">
        {props.canEdit ? (
          <form
            className="staff-form"
            aria-labelledby="round-form-heading"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
            noValidate
          >
            <h3 id="round-form-heading">{form.id === null ? t.roundNew : t.roundEditing.replace('{n}', form.roundNumber)}</h3>
            {notice ? (
              <div
                role={notice.kind === 'ok' ? 'status' : 'alert'}
                className={notice.kind === 'ok' ? 'form-ok' : 'form-error'}
                data-testid="round-notice"
              >
                {notice.text}
              </div>
            ) : null}
            <label htmlFor="round-community">{t.roundCommunity}</label>
            <select
              id="round-community"
              value={form.communityId}
              aria-invalid={invalid('communityId')}
              onChange={(e) => setForm({ ...form, communityId: e.target.value, gridCellId: '' })}
            >
              <option value="">—</option>
              {props.places.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} · {p.district}
                </option>
              ))}
            </select>
            <label htmlFor="round-cell">{t.roundGridCell}</label>
            <select
              id="round-cell"
              value={form.gridCellId}
              aria-invalid={invalid('gridCellId')}
              onChange={(e) => setForm({ ...form, gridCellId: e.target.value })}
            >
              <option value="">{t.roundWholeCommunity}</option>
              {(place?.gridCells ?? []).map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
            <label htmlFor="round-number">{t.roundNumber}</label>
            <input
              id="round-number"
              type="number"
              min={1}
              placeholder={t.roundNumberAuto}
              value={form.roundNumber}
              aria-invalid={invalid('roundNumber')}
              onChange={(e) => setForm({ ...form, roundNumber: e.target.value })}
            />
            <label htmlFor="round-date">{t.roundTestedOn}</label>
            <input
              id="round-date"
              type="date"
              max={props.today}
              value={form.testedOn}
              aria-invalid={invalid('testedOn')}
              onChange={(e) => setForm({ ...form, testedOn: e.target.value })}
            />
            <label htmlFor="round-people">{t.roundPeopleTested}</label>
            <input
              id="round-people"
              type="number"
              min={0}
              inputMode="numeric"
              value={form.peopleTested}
              aria-invalid={invalid('peopleTested')}
              onChange={(e) => setForm({ ...form, peopleTested: e.target.value })}
            />
            <label htmlFor="round-positives">{t.roundPositives}</label>
            <input
              id="round-positives"
              type="number"
              min={0}
              inputMode="numeric"
              value={form.positives}
              aria-invalid={invalid('positives')}
              onChange={(e) => setForm({ ...form, positives: e.target.value })}
            />
            <label htmlFor="round-note">{t.roundNote}</label>
            <input
              id="round-note"
              maxLength={500}
              value={form.note}
              aria-invalid={invalid('note')}
              onChange={(e) => setForm({ ...form, note: e.target.value })}
            />
            <div style={{ display: 'flex', gap: 8 }}>
              <button type="submit" className="staff-button" disabled={isSaving}>
                {isSaving ? t.saving : t.roundSave}
              </button>
              {form.id !== null ? (
                <button type="button" className="staff-button secondary" onClick={() => setForm(blank(props.communityId))}>
                  {t.cancel}
                </button>
              ) : null}
            </div>
          </form>
        ) : (
          <p className="hint">{t.readOnlyNotice}</p>
        )}
        <div>
          {props.rounds.length === 0 ? (
            <p className="hint">{t.roundsEmpty}</p>
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
                  {props.canEdit ? <th /> : null}
                </tr>
              </thead>
              <tbody>
                {props.rounds.map((r) => (
                  <tr key={r.id} data-testid="round-row">
                    <td data-label={t.roundTestedOn}>{r.testedOn}</td>
                    <td data-label={t.roundCommunity}>
                      {r.communityName}
                      <div className="hint">{r.gridCellName ?? t.roundWholeCommunity}</div>
                    </td>
                    <td data-label={t.roundNumber}>{r.roundNumber}</td>
                    <td data-label={t.roundPeopleTested}>
                      {r.peopleTested.toLocaleString()}
                      <div className="hint">{coverage(r)}</div>
                    </td>
                    <td data-label={t.roundPositives} className={r.positives > 0 ? 'positive' : undefined}>{r.positives}</td>
                    <td data-label={t.roundNote}>{r.note ?? ''}</td>
                    {props.canEdit ? (
                      <td className="row-actions">
                        <button type="button" onClick={() => edit(r)}>
                          {t.roundEdit}
                        </button>{' '}
                        <button type="button" disabled={isSaving} onClick={() => void remove(r)}>
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
      </div>
    </main>
  );
}
