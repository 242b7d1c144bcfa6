'use client';
import type { RefObject } from 'react';
import type { ZoneSnapshot } from '@/lib/db/queries/zone-edits';
import type { Messages } from '@/lib/i18n/messages';

export const KIND_KEYS = { sealed: 'zoneSealed', controlled: 'zoneControlled', precaution: 'zonePrecaution' } as const;

/** What the zone workspace tells staff after an action: saved, refused, a conflict with the other version, or an undoable lift/step. */
export type Notice =
  | { kind: 'ok' | 'error'; text: string }
  | { kind: 'conflict'; text: string; current: ZoneSnapshot }
  | { kind: 'undo'; text: string; zoneId: number; version: number }
  | null;

type Props = {
  notice: Exclude<Notice, null>;
  noticeRef: RefObject<HTMLDivElement | null>;
  t: Messages;
  formatTime: (iso: string | null) => string;
  isBoundaryChanged: boolean;
  isSaving: boolean;
  onUndo: (zoneId: number, version: number) => void;
};

/** The workspace's message: a conflict lists the other editor's version; a lift or step offers its undo. */
export function ZoneNotice({ notice, noticeRef, t, formatTime, isBoundaryChanged, isSaving, onUndo }: Props) {
  const isCalm = notice.kind === 'ok' || notice.kind === 'undo';
  return (
    <div ref={noticeRef} role={isCalm ? 'status' : 'alert'} className={isCalm ? 'form-ok' : 'form-error'} data-testid="zone-notice">
      {notice.text}
      {notice.kind === 'undo' ? (
        <button type="button" className="staff-button secondary" style={{ marginLeft: 8 }} disabled={isSaving} onClick={() => onUndo(notice.zoneId, notice.version)}>
          {t.zoneUndo}
        </button>
      ) : null}
      {notice.kind === 'conflict' ? (
        <dl className="conflict">
          <dt>{t.zoneName}</dt>
          <dd>{notice.current.name}</dd>
          <dt>{t.zoneKind}</dt>
          <dd>{t[KIND_KEYS[notice.current.kind]]}</dd>
          <dt>{t.effectiveFrom}</dt>
          <dd>{formatTime(notice.current.effectiveFrom)}</dd>
          <dt>{t.plannedLift}</dt>
          <dd>{formatTime(notice.current.plannedLift)}</dd>
          <dt>{t.liftedAt}</dt>
          <dd>{formatTime(notice.current.liftedAt)}</dd>
          <dt>{t.zoneNote}</dt>
          <dd>{notice.current.note ?? '—'}</dd>
          <dt>{t.zoneConflictBoundary}</dt>
          <dd data-testid="conflict-boundary">{isBoundaryChanged ? t.zoneConflictBoundaryChanged : t.zoneConflictBoundaryUnchanged}</dd>
        </dl>
      ) : null}
    </div>
  );
}
