import type { RoundForm } from '@/lib/community/round-form';
import type { Messages } from '@/lib/i18n/messages';
import type { RoundPlace } from './types';

type Props = {
  form: RoundForm;
  onChange: (form: RoundForm) => void;
  onSubmit: () => void;
  onCancel: () => void;
  places: RoundPlace[];
  today: string;
  isSaving: boolean;
  notice: { kind: 'ok' | 'error'; text: string; field?: string } | null;
  messages: Messages;
};

/** The form that records a testing round or corrects one; the field the server refused is marked. */
export function RoundFormView({ form, onChange, onSubmit, onCancel, places, today, isSaving, notice, messages: t }: Props) {
  const place = places.find((p) => String(p.id) === form.communityId);
  const invalid = (field: string) => (notice?.kind === 'error' && notice.field === field ? true : undefined);
  const set = (field: keyof RoundForm) => (e: { target: { value: string } }) => onChange({ ...form, [field]: e.target.value });
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
        onChange={(e) => onChange({ ...form, communityId: e.target.value, gridCellId: '' })}
      >
        <option value="">—</option>
        {places.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} · {p.district}
          </option>
        ))}
      </select>
      <label htmlFor="round-cell">{t.roundGridCell}</label>
      <select id="round-cell" value={form.gridCellId} aria-invalid={invalid('gridCellId')} onChange={set('gridCellId')}>
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
        onChange={set('roundNumber')}
      />
      <label htmlFor="round-date">{t.roundTestedOn}</label>
      <input
        id="round-date"
        type="date"
        max={today}
        value={form.testedOn}
        aria-invalid={invalid('testedOn')}
        onChange={set('testedOn')}
      />
      <label htmlFor="round-people">{t.roundPeopleTested}</label>
      <input
        id="round-people"
        type="number"
        min={0}
        inputMode="numeric"
        value={form.peopleTested}
        aria-invalid={invalid('peopleTested')}
        onChange={set('peopleTested')}
      />
      <label htmlFor="round-positives">{t.roundPositives}</label>
      <input
        id="round-positives"
        type="number"
        min={0}
        inputMode="numeric"
        value={form.positives}
        aria-invalid={invalid('positives')}
        onChange={set('positives')}
      />
      <label htmlFor="round-note">{t.roundNote}</label>
      <input id="round-note" maxLength={500} value={form.note} aria-invalid={invalid('note')} onChange={set('note')} />
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
