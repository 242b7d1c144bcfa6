'use client';
import type { RefObject } from 'react';
import type { ZoneNotice } from '@/lib/zones/zone-notice';
import type { Messages } from '@/lib/i18n/messages';

export const KIND_KEYS = { sealed: 'zoneSealed', controlled: 'zoneControlled', precaution: 'zonePrecaution' } as const;

export type Notice = ZoneNotice | null;

type Props = {
  notice: ZoneNotice;
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
