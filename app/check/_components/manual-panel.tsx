'use client';
import type { ManualPlaceError } from '@/lib/check/manual-places';
import { translate } from '@/lib/i18n/locale';
import type { Locale, MessageKey } from '@/lib/i18n/messages';

export type ManualRow = { lng: string; lat: string; date: string; from: string; to: string; name: string };

type Props = {
  locale: Locale;
  rows: ManualRow[];
  errors: readonly ManualPlaceError[];
  activeRow: number | null;
  onRows: (rows: ManualRow[]) => void;
  onActiveRow: (row: number | null) => void;
};

const FIELD_NAME: Record<string, MessageKey> = { lngLat: 'manualLng', date: 'manualDate', from: 'manualFrom', to: 'manualTo' };
const INPUTS: { field: keyof ManualRow; label: MessageKey; type?: string; inputMode?: 'decimal'; isWide?: boolean }[] = [
  { field: 'lng', label: 'manualLng', inputMode: 'decimal' },
  { field: 'lat', label: 'manualLat', inputMode: 'decimal' },
  { field: 'date', label: 'manualDate', type: 'date' },
  { field: 'from', label: 'manualFrom', type: 'time' },
  { field: 'to', label: 'manualTo', type: 'time' },
  { field: 'name', label: 'manualName', isWide: true },
];

/** The manual tab: places typed (or picked on the map) with a date and a time from–to. */
export function ManualPanel({ locale, rows, errors, activeRow, onRows, onActiveRow }: Props) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values);
  function addRow() {
    const last = rows[rows.length - 1];
    onRows([...rows, { lng: '', lat: '', date: last?.date ?? '', from: last?.to ?? '', to: '', name: '' }]);
    onActiveRow(rows.length);
  }
  return (
    <div role="tabpanel" id="panel-manual" aria-labelledby="tab-manual">
      <p className="hint">{t('manualHint')}</p>
      {rows.length === 0 ? <p className="hint">{t('manualEmpty')}</p> : null}
      <ol className="manual-list">
        {rows.map((row, i) => {
          const error = errors.find((e) => e.index === i);
          return (
            <li key={i} className={`manual-row${activeRow === i ? ' is-active' : ''}`} onFocus={() => onActiveRow(i)} data-testid="manual-row">
              <fieldset>
                <legend>{t('manualRow', { row: i + 1 })}</legend>
                <div className="field-grid">
                  {INPUTS.map((input) => (
                    <label key={input.field} className={input.isWide ? 'wide' : undefined}>
                      {t(input.label)}
                      <input
                        type={input.type}
                        inputMode={input.inputMode}
                        maxLength={input.field === 'name' ? 120 : undefined}
                        value={row[input.field]}
                        onChange={(event) => onRows(rows.map((r, k) => (k === i ? { ...r, [input.field]: event.target.value } : r)))}
                      />
                    </label>
                  ))}
                </div>
                {error && rows[i].lng !== '' ? (
                  <p className="error-note" role="alert">
                    {error.problem === 'order' ? t('manualOrder', { row: i + 1 }) : t('manualInvalid', { row: i + 1, field: t(FIELD_NAME[error.field]) })}
                  </p>
                ) : null}
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => {
                    onRows(rows.filter((_, k) => k !== i));
                    onActiveRow(null);
                  }}
                >
                  {t('manualRemove')}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {activeRow !== null && activeRow < rows.length ? (
        <p className="hint" aria-live="polite">
          {t('manualPickHint', { row: activeRow + 1 })}
        </p>
      ) : null}
      <button type="button" className="button-secondary" onClick={addRow}>
        {t('manualAdd')}
      </button>
    </div>
  );
}
