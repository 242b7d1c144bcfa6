'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import { adminApi, type TargetBody } from '@/lib/staff-api/admin-api';
import type { StaffAnswer } from '@/lib/staff-api/staff-answer';

type Target = { id: number; district: string; targetCount: number; dueOn: string; version: number };
type Props = { targets: Target[]; districts: string[]; canEdit: boolean; messages: Messages };
type Form = { id: number | null; version?: number; district: string; targetCount: string; dueOn: string };

/** District targets: the list, and for staff a small form to set or change one. */
export function TargetsForm({ targets, districts, canEdit, messages: t }: Props) {
  const router = useRouter();
  const empty: Form = { id: null, district: districts[0] ?? '', targetCount: '', dueOn: '' };
  const [form, setForm] = useState<Form>(empty);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const send = async (call: () => Promise<StaffAnswer<unknown, unknown>>) => {
    setIsSaving(true);
    try {
      const answer = await call();
      if (!answer.ok) {
        setNotice({ kind: 'error', text: answer.error.message });
        return false;
      }
      setNotice({ kind: 'ok', text: t.targetSaved });
      router.refresh();
      return true;
    } finally {
      setIsSaving(false);
    }
  };

  const save = async () => {
    const body: TargetBody = {
      ...(form.id === null ? {} : { version: form.version }),
      district: form.district,
      targetCount: form.targetCount === '' ? null : Number(form.targetCount),
      dueOn: form.dueOn,
    };
    if (await send(() => adminApi().targets.save(form.id, body))) setForm(empty);
  };

  return (
    <section aria-labelledby="targets-heading" data-testid="targets">
      <h3 id="targets-heading">{t.targetsTitle}</h3>
      <table className="staff-table stacked-table">
        <thead>
          <tr>
            <th>{t.targetDistrict}</th>
            <th>{t.targetCount}</th>
            <th>{t.targetDue}</th>
            {canEdit ? <th /> : null}
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => (
            <tr key={target.id} data-testid="target-row">
              <td data-label={t.targetDistrict}>{target.district}</td>
              <td data-label={t.targetCount}>{target.targetCount}</td>
              <td data-label={t.targetDue}>{target.dueOn}</td>
              {canEdit ? (
                <td className="row-actions">
                  <button
                    type="button"
                    onClick={() =>
                      setForm({
                        id: target.id,
                        version: target.version,
                        district: target.district,
                        targetCount: String(target.targetCount),
                        dueOn: target.dueOn,
                      })
                    }
                  >
                    {t.roundEdit}
                  </button>{' '}
                  <button
                    type="button"
                    disabled={isSaving}
                    onClick={() =>
                      window.confirm(`${t.roundDelete}: ${target.district} ${target.dueOn}?`) &&
                      void send(() => adminApi().targets.remove(target.id))
                    }
                  >
                    {t.roundDelete}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {notice ? (
        <div role={notice.kind === 'ok' ? 'status' : 'alert'} className={notice.kind === 'ok' ? 'form-ok' : 'form-error'}>
          {notice.text}
        </div>
      ) : null}
      {canEdit ? (
        <form
          className="staff-form inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label>
            {t.targetDistrict}
            <select value={form.district} onChange={(e) => setForm({ ...form, district: e.target.value })}>
              {districts.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.targetCount}
            <input
              type="number"
              min={0}
              required
              value={form.targetCount}
              onChange={(e) => setForm({ ...form, targetCount: e.target.value })}
            />
          </label>
          <label>
            {t.targetDue}
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
