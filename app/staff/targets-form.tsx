'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { targetConflictRows, targetFormOf, type TargetField, type TargetForm, type TargetRow } from '@/lib/community/target-form';
import type { Messages } from '@/lib/i18n/messages';
import { adminApi, type TargetBody } from '@/lib/staff-api/admin-api';
import type { StaffAnswer } from '@/lib/staff-api/staff-answer';
import { RecordConflict } from './_components/record-conflict';
import { TargetsTable } from './_components/targets-table';

type Props = { targets: TargetRow[]; districts: string[]; canEdit: boolean; messages: Messages };
type Conflict = { message: string; theirs: TargetRow; read: TargetRow | undefined };

const bodyOf = (form: TargetForm): TargetBody => ({
  ...(form.id === null ? {} : { version: form.version }),
  district: form.district,
  targetCount: form.targetCount === '' ? null : Number(form.targetCount),
  dueOn: form.dueOn,
});

/** District targets: the list, and for staff a small form to set or change one; a stale change shows the other editor's target. */
export function TargetsForm({ targets, districts, canEdit, messages: t }: Props) {
  const router = useRouter();
  const empty: TargetForm = { id: null, district: districts[0] ?? '', targetCount: '', dueOn: '' };
  const [form, setForm] = useState<TargetForm>(empty);
  const [read, setRead] = useState<TargetRow | undefined>(undefined);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const labels: Record<TargetField, string> = { district: t.targetDistrict, targetCount: t.targetCount, dueOn: t.targetDue };

  const send = async (call: () => Promise<StaffAnswer<unknown, TargetRow>>) => {
    setIsSaving(true);
    try {
      const answer = await call();
      if (!answer.ok) {
        if (answer.conflict) setConflict({ message: answer.error.message, theirs: answer.conflict.current, read });
        setNotice(answer.conflict ? null : { kind: 'error', text: answer.error.message });
        return false;
      }
      setNotice({ kind: 'ok', text: t.targetSaved });
      router.refresh();
      return true;
    } finally {
      setIsSaving(false);
    }
  };
  const take = (next: TargetForm, target: TargetRow | undefined) => {
    setForm(next);
    setRead(target);
    setConflict(null);
  };

  return (
    <section aria-labelledby="targets-heading" data-testid="targets">
      <h3 id="targets-heading">{t.targetsTitle}</h3>
      <TargetsTable
        targets={targets}
        canEdit={canEdit}
        isSaving={isSaving}
        onEdit={(target) => take(targetFormOf(target), target)}
        onDelete={(target) => window.confirm(`${t.roundDelete}: ${target.district} ${target.dueOn}?`) && void send(() => adminApi().targets.remove(target.id))}
        messages={t}
      />
      {notice ? (
        <div role={notice.kind === 'ok' ? 'status' : 'alert'} className={notice.kind === 'ok' ? 'form-ok' : 'form-error'}>
          {notice.text}
        </div>
      ) : null}
      {conflict ? (
        <RecordConflict
          testId="target-conflict"
          message={conflict.message}
          version={conflict.theirs.version}
          rows={targetConflictRows(conflict.read, conflict.theirs, form).map((row) => ({ ...row, label: labels[row.field] }))}
          t={t}
          onReapply={() => take({ ...form, version: conflict.theirs.version }, conflict.theirs)}
          onDiscard={() => take(targetFormOf(conflict.theirs), conflict.theirs)}
        />
      ) : null}
      {canEdit ? (
        <form
          className="staff-form inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void send(() => adminApi().targets.save(form.id, bodyOf(form))).then((isSaved) => isSaved && take(empty, undefined));
          }}
        >
          <label>
            {labels.district}
            <select value={form.district} onChange={(e) => setForm({ ...form, district: e.target.value })}>
              {districts.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
          <label>
            {labels.targetCount}
            <input type="number" min={0} required value={form.targetCount} onChange={(e) => setForm({ ...form, targetCount: e.target.value })} />
          </label>
          <label>
            {labels.dueOn}
            <input type="date" required value={form.dueOn} onChange={(e) => setForm({ ...form, dueOn: e.target.value })} />
          </label>
          <button type="submit" className="staff-button" disabled={isSaving}>
            {t.targetSave}
          </button>
        </form>
      ) : null}
    </section>
  );
}
