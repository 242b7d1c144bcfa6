'use client';
import { changedFields, type CaseField, type EditableCase } from '@/lib/cases/case-draft';
import { fillMessage } from '@/lib/cases/describe-import';
import type { Messages } from '@/lib/i18n/messages';

type Props = { read: EditableCase | undefined; theirs: EditableCase; message: string; t: Messages; when: (iso: string) => string; onReapply: () => void; onDiscard: () => void };

const FIELD_KEYS: Record<CaseField, 'classification' | 'reportedAt' | 'caseHomeCommunity' | 'conflictFieldStatus' | 'conflictFieldVisits'> = {
  classification: 'classification',
  reportedAt: 'reportedAt',
  communityId: 'caseHomeCommunity',
  status: 'conflictFieldStatus',
  visits: 'conflictFieldVisits',
};

/** A save refused because someone else saved first: what they changed, their visits, and re-apply or discard. The draft stays in the form. */
export function CaseConflict({ read, theirs, message, t, when, onReapply, onDiscard }: Props) {
  const fields = read ? changedFields(read, theirs) : [];
  return (
    <div className="form-error" role="alert" data-testid="case-conflict">
      <p>{message}</p>
      <h3>{fillMessage(t.conflictTitle, { version: theirs.version })}</h3>
      {fields.length ? <p>{fillMessage(t.conflictFieldChanged, { fields: fields.map((f) => t[FIELD_KEYS[f]]).join('、') })}</p> : null}
      <h4>{t.conflictTheirs}</h4>
      <ol data-testid="conflict-theirs">
        {theirs.visits.map((v, i) => (
          <li key={i}>
            {v.place ?? '—'} · {when(v.startsAt)} – {when(v.endsAt)}
          </li>
        ))}
      </ol>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <button type="button" className="staff-button" onClick={onReapply}>
          {t.conflictReapply}
        </button>
        <button type="button" className="staff-button secondary" onClick={onDiscard}>
          {t.conflictDiscard}
        </button>
      </div>
    </div>
  );
}
