'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { blankRoundForm, rebaseRoundForm, roundBody, roundFormOf, type RoundForm } from '@/lib/community/round-form';
import type { Messages } from '@/lib/i18n/messages';
import type { RoundRow } from '@/lib/staff-api/records';
import { adminApi } from '@/lib/staff-api/admin-api';
import type { StaffAnswer } from '@/lib/staff-api/staff-answer';

export type RoundNotice = { kind: 'ok' | 'error'; text: string; field?: string };
/** A correction refused as stale: the server's message, the round as the other editor saved it, and as this editor read it. */
export type RoundConflictState = { message: string; theirs: RoundRow; read: RoundRow | undefined };

/**
 * The rounds form's state and writes: a new round or a correction of one (naming the version read), delete,
 * and on a stale correction the conflict with re-apply (keep what was typed, on their version) or discard.
 */
export function useRoundEditor(communityId: number | null, today: string, t: Messages) {
  const router = useRouter();
  const blank = () => blankRoundForm(communityId, today);
  const [form, setForm] = useState<RoundForm>(blank);
  const [read, setRead] = useState<RoundRow | undefined>(undefined);
  const [notice, setNotice] = useState<RoundNotice | null>(null);
  const [conflict, setConflict] = useState<RoundConflictState | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const send = async <T,>(call: () => Promise<StaffAnswer<T, RoundRow>>): Promise<T | null> => {
    setIsSaving(true);
    try {
      const answer = await call();
      if (answer.ok) return answer.body;
      if (answer.conflict) {
        setNotice(null);
        setConflict({ message: answer.error.message, theirs: answer.conflict.current, read });
      } else setNotice({ kind: 'error', text: answer.error.message, field: answer.error.field });
      return null;
    } finally {
      setIsSaving(false);
    }
  };

  const reset = () => {
    setForm(blank());
    setRead(undefined);
    setConflict(null);
  };

  return {
    form,
    setForm,
    notice,
    conflict,
    isSaving,
    save: async () => {
      const result = await send(() => adminApi().rounds.save(form.id, roundBody(form)));
      if (!result) return;
      setNotice({ kind: 'ok', text: t.roundSaved.replace('{n}', String(result.round?.roundNumber ?? '')) });
      reset();
      router.refresh();
    },
    remove: async (round: RoundRow) => {
      if (!window.confirm(`${t.roundDelete}: ${round.communityName} ${round.gridCellName ?? ''} #${round.roundNumber}?`)) return;
      if (await send(() => adminApi().rounds.remove(round.id))) {
        setNotice({ kind: 'ok', text: t.roundDeleted });
        router.refresh();
      }
    },
    edit: (round: RoundRow) => {
      setForm(roundFormOf(round));
      setRead(round);
      setConflict(null);
      setNotice(null);
    },
    cancel: reset,
    /** Keeps what was typed, now naming their version: the next save overwrites theirs knowingly. */
    reapply: () => {
      if (!conflict) return;
      setForm(rebaseRoundForm(form, conflict.theirs));
      setRead(conflict.theirs);
      setConflict(null);
    },
    /** Takes their round into the form; what was typed is dropped. */
    discard: () => {
      if (!conflict) return;
      setForm(roundFormOf(conflict.theirs));
      setRead(conflict.theirs);
      setConflict(null);
      router.refresh();
    },
  };
}
