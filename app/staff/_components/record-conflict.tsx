'use client';
import type { ReactNode } from 'react';
import { fillMessage } from '@/lib/cases/describe-import';
import type { Messages } from '@/lib/i18n/messages';

/** One field in the conflict view, as text: its label, the other editor's value and this editor's. */
export type ConflictFieldRow = { label: string; theirs: string; mine: string; isTheirChange: boolean };

type Props = {
  testId: string;
  /** The server's refusal, already in the reader's language. */
  message: string;
  /** The version the other editor saved. */
  version: number;
  rows: ConflictFieldRow[];
  t: Messages;
  onReapply: () => void;
  onDiscard: () => void;
  /** Anything a record shows beyond its fields (a case's visits). */
  children?: ReactNode;
};

/**
 * A save refused because someone else saved first (every staff screen shows it the same way): the refusal,
 * what they changed, their value beside what was typed field by field, and re-apply (keep what was typed, now
 * naming their version) or discard (take theirs). What was typed stays in the form until one is chosen.
 */
export function RecordConflict({ testId, message, version, rows, t, onReapply, onDiscard, children }: Props) {
  const theirChanges = rows.filter((row) => row.isTheirChange).map((row) => row.label);
  return (
    <div className="form-error record-conflict" role="alert" data-testid={testId}>
      <p>{message}</p>
      <h3>{fillMessage(t.conflictTitle, { version })}</h3>
      {theirChanges.length ? <p>{fillMessage(t.conflictFieldChanged, { fields: theirChanges.join(t.conflictListSeparator) })}</p> : null}
      {rows.length ? (
        <table className="staff-table stacked-table" data-testid="conflict-fields">
          <thead>
            <tr>
              <th scope="col">{t.conflictField}</th>
              <th scope="col">{t.conflictTheirs}</th>
              <th scope="col">{t.conflictYours}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} data-their-change={row.isTheirChange ? 'true' : 'false'}>
                <th scope="row">{row.label}</th>
                <td data-label={t.conflictTheirs}>
                  {row.theirs || '—'}
                  {row.isTheirChange ? <em className="meta"> ({t.conflictTheyChanged})</em> : null}
                </td>
                <td data-label={t.conflictYours}>{row.mine || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {children}
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginTop: 8 }}>
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
