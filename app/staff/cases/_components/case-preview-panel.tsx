'use client';
import { publicPreview } from '@/lib/cases/public-preview';
import { partsOfVisits } from '@/lib/cases/staff-case-parts';
import type { StaffCase } from '@/lib/staff-api/records';
import type { Messages } from '@/lib/i18n/messages';

type Props = {
  selected: StaffCase;
  canEdit: boolean;
  isSaving: boolean;
  t: Messages;
  when: (iso: string | number) => string;
  onPublish: (isPublished: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
};

/** A selected case as the public will see it, with publishing, editing and deleting. */
export function CasePreviewPanel({ selected, canEdit, isSaving, t, when, onPublish, onEdit, onDelete }: Props) {
  const preview = publicPreview(selected.code, partsOfVisits(selected.visits));
  return (
    <section className="case-preview" data-testid="case-preview">
      <h2>{t.casePreviewTitle.replace('{code}', selected.code)}</h2>
      <p className="hint">{t.casePreviewHint}</p>
      <table className="audit-table">
        <thead>
          <tr>
            <th>{t.case}</th>
            <th>{t.place}</th>
            <th>{t.time}</th>
          </tr>
        </thead>
        <tbody>
          {preview.map((row, i) => (
            <tr key={i}>
              <td>{row.caseCode}</td>
              <td>
                {row.place ?? '—'}
                {row.warning ? <div className="form-error" role="alert">{t.caseAddressWarning.replace('{reason}', row.warning)}</div> : null}
              </td>
              <td>
                {when(row.start)} – {when(row.end)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit ? (
        <div className="actions" style={{ display: 'flex', gap: 8, marginTop: 8, flexWrap: 'wrap' }}>
          {selected.status === 'draft' ? (
            <button type="button" className="staff-button" disabled={isSaving} onClick={() => onPublish(true)}>
              {t.casePublish}
            </button>
          ) : (
            <button type="button" className="staff-button secondary" disabled={isSaving} onClick={() => onPublish(false)}>
              {t.caseUnpublish}
            </button>
          )}
          {selected.status === 'published' ? (
            <a className="staff-button secondary" href={`/notices/${encodeURIComponent(selected.code)}`} target="_blank" rel="noopener">
              {t.noticeTitle}
            </a>
          ) : null}
          <button type="button" className="staff-button secondary" onClick={onEdit}>
            {t.reshape}
          </button>
          <button type="button" className="staff-button danger" disabled={isSaving} onClick={onDelete}>
            {t.deleteZone}
          </button>
        </div>
      ) : null}
    </section>
  );
}
