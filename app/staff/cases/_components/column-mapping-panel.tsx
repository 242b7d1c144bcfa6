'use client';
import { fillMessage } from '@/lib/cases/describe-import';
import type { Messages } from '@/lib/i18n/messages';
import { missingSheetColumns, type SheetColumn } from '@/lib/import/spreadsheet/case-sheet-columns';
import { columnLetter, MAPPABLE_COLUMNS, withColumn } from '@/lib/import/spreadsheet/column-mapping';
import type { ColumnMappingState } from '../use-case-import';

type Props = { mapping: ColumnMappingState; t: Messages; isSaving: boolean; onColumns: (columns: ColumnMappingState['columns']) => void; onPreview: () => void; onCancel: () => void };

const LABEL_KEYS: Record<SheetColumn, keyof Messages | undefined> = {
  caseCode: 'sheetColumnCaseCode',
  classification: 'sheetColumnClassification',
  place: 'sheetColumnPlace',
  lng: 'sheetColumnLng',
  lat: 'sheetColumnLat',
  date: 'sheetColumnDate',
  timeRange: 'sheetColumnTimeRange',
  start: 'sheetColumnStart',
  end: 'sheetColumnEnd',
  approximate: undefined,
  route: undefined,
};

/** The column-mapping step: for each field, the sheet's column that holds it (the server's guesses first), then preview. */
export function ColumnMappingPanel({ mapping, t, isSaving, onColumns, onPreview, onCancel }: Props) {
  const label = (column: SheetColumn) => String(t[LABEL_KEYS[column] ?? 'sheetColumnCaseCode']);
  const missing = missingSheetColumns(mapping.columns);
  const title = fillMessage(t.mappingTitle, { file: mapping.file.name });
  return (
    <section className="case-preview column-mapping" data-testid="column-mapping" aria-label={title}>
      <h2>{title}</h2>
      <p className="form-error" role="alert">{mapping.message}</p>
      <p className="hint">{t.mappingHint}</p>
      <div className="staff-form column-mapping-fields">
        {MAPPABLE_COLUMNS.map((column) => {
          const index = mapping.columns[column];
          const sample = index === undefined ? '' : (mapping.need.sample[index] ?? '');
          return (
            <div key={column} className={missing.includes(column) ? 'mapping-field is-missing' : 'mapping-field'}>
              <label htmlFor={`mapping-${column}`}>{label(column)}</label>
              <select
                id={`mapping-${column}`}
                value={index ?? ''}
                aria-invalid={missing.includes(column) || undefined}
                onChange={(e) => onColumns(withColumn(mapping.columns, column, e.target.value === '' ? undefined : Number(e.target.value)))}
              >
                <option value="">{t.mappingNone}</option>
                {mapping.need.header.map((cell, i) => (
                  <option key={i} value={i}>
                    {columnLetter(i)} · {cell || '—'}
                  </option>
                ))}
              </select>
              {sample ? <span className="meta">{fillMessage(t.mappingSample, { value: sample.slice(0, 40) })}</span> : null}
            </div>
          );
        })}
      </div>
      {missing.length ? <p className="form-warning" data-testid="mapping-missing">{fillMessage(t.mappingStillMissing, { fields: missing.map(label).join(t.conflictListSeparator) })}</p> : null}
      <div style={{ display: 'flex', gap: 8, marginTop: 8, flexWrap: 'wrap' }}>
        <button type="button" className="staff-button" disabled={isSaving || missing.length > 0} onClick={onPreview}>
          {t.mappingPreview}
        </button>
        <button type="button" className="staff-button secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </section>
  );
}
