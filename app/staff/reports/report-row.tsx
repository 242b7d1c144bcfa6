'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { REPORT_STATUSES, type ReportStatus } from '@/lib/enums';
import type { Messages } from '@/lib/i18n/messages';
import { casesApi } from '@/lib/staff-api/cases-api';

const STATUS_KEYS = { new: 'reportNew', contacted: 'reportContacted', tested: 'reportTested', cleared: 'reportCleared' } as const;

/** One report's follow-up: status and notes, saved together. */
export function ReportRow({ id, status, notes, canEdit, messages: t }: { id: number; status: ReportStatus; notes: string; canEdit: boolean; messages: Messages }) {
  const router = useRouter();
  const [value, setValue] = useState({ status, notes });
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  if (!canEdit) return <span>{t[STATUS_KEYS[status]]}{notes ? ` · ${notes}` : ''}</span>;
  const save = async () => {
    setIsSaving(true);
    const answer = await casesApi().updateReport(id, value);
    setIsSaving(false);
    if (!answer.ok) setError(answer.error.message);
    else {
      setError(null);
      router.refresh();
    }
  };
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      <select aria-label={t.reportsStatus} value={value.status} onChange={(e) => setValue({ ...value, status: e.target.value as ReportStatus })}>
        {REPORT_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t[STATUS_KEYS[s]]}
          </option>
        ))}
      </select>
      <textarea aria-label={t.reportsNotes} rows={2} maxLength={2000} value={value.notes} onChange={(e) => setValue({ ...value, notes: e.target.value })} />
      <button type="button" className="staff-button" disabled={isSaving} onClick={save}>
        {t.save}
      </button>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </div>
  );
}
