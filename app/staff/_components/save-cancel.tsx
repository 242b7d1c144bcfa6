'use client';

/** The Save / Cancel pair at the foot of a workspace form. */
export function SaveCancel({ isSaving, canSave = true, onCancel, labels }: { isSaving: boolean; canSave?: boolean; onCancel: () => void; labels: { save: string; saving: string; cancel: string } }) {
  return (
    <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
      <button type="submit" disabled={isSaving || !canSave}>
        {isSaving ? labels.saving : labels.save}
      </button>
      <button type="button" className="staff-button secondary" onClick={onCancel} disabled={isSaving}>
        {labels.cancel}
      </button>
    </div>
  );
}
