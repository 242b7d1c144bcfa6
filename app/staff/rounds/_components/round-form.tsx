import type { InputHTMLAttributes } from 'react';
import { roundConflictRows, type RoundField, type RoundForm } from '@/lib/community/round-form';
import type { Messages } from '@/lib/i18n/messages';
import { RecordConflict } from '../../_components/record-conflict';
import type { RoundConflictState, RoundNotice } from '../use-round-editor';
import type { RoundPlace } from './types';

type Props = {
  form: RoundForm;
  onChange: (form: RoundForm) => void;
  onSubmit: () => void;
  onCancel: () => void;
  places: RoundPlace[];
  today: string;
  isSaving: boolean;
  notice: RoundNotice | null;
  conflict: RoundConflictState | null;
  onReapply: () => void;
  onDiscard: () => void;
  messages: Messages;
};

type TextField = Exclude<RoundField, 'communityId' | 'gridCellId'>;
type FieldProps = { id: string; label: string; field: TextField; round: RoundForm; onRound: (form: RoundForm) => void; isInvalid: boolean } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'form'>;

/** One labelled input of the round form, bound to its field; marked when the server refused that field. */
function RoundInput({ id, label, field, round, onRound, isInvalid, ...input }: FieldProps) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} {...input} value={round[field]} aria-invalid={isInvalid || undefined} onChange={(e) => onRound({ ...round, [field]: e.target.value })} />
    </>
  );
}

/** The labels of the round's fields, for the form and the conflict view. */
const fieldLabel = (t: Messages): Record<RoundField, string> => ({
  communityId: t.roundCommunity,
  gridCellId: t.roundGridCell,
  roundNumber: t.roundNumber,
  testedOn: t.roundTestedOn,
  peopleTested: t.roundPeopleTested,
  positives: t.roundPositives,
  note: t.roundNote,
});

/** A correction refused as stale: the other editor's round beside the form, field by field, community and grid cell by name. */
function RoundConflictView({ conflict, form, places, onReapply, onDiscard, t }: { conflict: RoundConflictState; form: RoundForm; places: RoundPlace[]; onReapply: () => void; onDiscard: () => void; t: Messages }) {
  const labels = fieldLabel(t);
  const communityName = (id: string) => places.find((p) => String(p.id) === id)?.name ?? id;
  const cellName = (communityId: string, id: string) => (id === '' ? t.roundWholeCommunity : (places.find((p) => String(p.id) === communityId)?.gridCells.find((g) => String(g.id) === id)?.name ?? id));
  const show = (field: RoundField, value: string, communityId: string) => (field === 'communityId' ? communityName(value) : field === 'gridCellId' ? cellName(communityId, value) : value);
  const theirCommunity = String(conflict.theirs.communityId);
  const rows = roundConflictRows(conflict.read, conflict.theirs, form).map((row) => ({
    label: labels[row.field],
    theirs: show(row.field, row.theirs, theirCommunity),
    mine: show(row.field, row.mine, form.communityId),
    isTheirChange: row.isTheirChange,
  }));
  return <RecordConflict testId="round-conflict" message={conflict.message} version={conflict.theirs.version} rows={rows} t={t} onReapply={onReapply} onDiscard={onDiscard} />;
}

/** The form that records a testing round or corrects one; the field the server refused is marked, a stale correction shows the other editor's round. */
export function RoundFormView({ form, onChange, onSubmit, onCancel, places, today, isSaving, notice, conflict, onReapply, onDiscard, messages: t }: Props) {
  const place = places.find((p) => String(p.id) === form.communityId);
  const isInvalid = (field: string) => notice?.kind === 'error' && notice.field === field;
  const labels = fieldLabel(t);
  const bind = { round: form, onRound: onChange };
  return (
    <form
      className="staff-form"
      aria-labelledby="round-form-heading"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      noValidate
    >
      <h3 id="round-form-heading">{form.id === null ? t.roundNew : t.roundEditing.replace('{n}', form.roundNumber)}</h3>
      {notice ? (
        <div role={notice.kind === 'ok' ? 'status' : 'alert'} className={notice.kind === 'ok' ? 'form-ok' : 'form-error'} data-testid="round-notice">
          {notice.text}
        </div>
      ) : null}
      {conflict ? <RoundConflictView conflict={conflict} form={form} places={places} onReapply={onReapply} onDiscard={onDiscard} t={t} /> : null}
      <label htmlFor="round-community">{labels.communityId}</label>
      <select id="round-community" value={form.communityId} aria-invalid={isInvalid('communityId') || undefined} onChange={(e) => onChange({ ...form, communityId: e.target.value, gridCellId: '' })}>
        <option value="">—</option>
        {places.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} · {p.district}
          </option>
        ))}
      </select>
      <label htmlFor="round-cell">{labels.gridCellId}</label>
      <select id="round-cell" value={form.gridCellId} aria-invalid={isInvalid('gridCellId') || undefined} onChange={(e) => onChange({ ...form, gridCellId: e.target.value })}>
        <option value="">{t.roundWholeCommunity}</option>
        {(place?.gridCells ?? []).map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
      <RoundInput id="round-number" label={labels.roundNumber} field="roundNumber" isInvalid={isInvalid('roundNumber')} {...bind} type="number" min={1} placeholder={t.roundNumberAuto} />
      <RoundInput id="round-date" label={labels.testedOn} field="testedOn" isInvalid={isInvalid('testedOn')} {...bind} type="date" max={today} />
      <RoundInput id="round-people" label={labels.peopleTested} field="peopleTested" isInvalid={isInvalid('peopleTested')} {...bind} type="number" min={0} inputMode="numeric" />
      <RoundInput id="round-positives" label={labels.positives} field="positives" isInvalid={isInvalid('positives')} {...bind} type="number" min={0} inputMode="numeric" />
      <RoundInput id="round-note" label={labels.note} field="note" isInvalid={isInvalid('note')} {...bind} maxLength={500} />
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="submit" className="staff-button" disabled={isSaving}>
          {isSaving ? t.saving : t.roundSave}
        </button>
        {form.id !== null ? (
          <button type="button" className="staff-button secondary" onClick={onCancel}>
            {t.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
