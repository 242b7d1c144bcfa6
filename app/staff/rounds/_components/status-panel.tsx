import type { Messages } from '@/lib/i18n/messages';
import type { HistoryRow, RoundStatus } from './types';

/** The filtered community's no-epidemic status now and the history of its changes. */
export function StatusPanel({
  name,
  status,
  history,
  messages: t,
}: {
  name: string;
  status: RoundStatus;
  history: HistoryRow[];
  messages: Messages;
}) {
  return (
    <section
      className="community-status"
      data-testid="community-status"
      data-status={status.isNoEpidemic ? 'no-epidemic' : 'not-yet'}
      aria-live="polite"
    >
      <h3>
        {name}: <span className={status.isNoEpidemic ? 'status-ok' : 'status-not'}>{status.label}</span>
      </h3>
      {status.detail.map((line) => (
        <div key={line} className="hint">
          {line}
        </div>
      ))}
      <h4>{t.statusHistory}</h4>
      {history.length ? (
        <ol className="history-list" data-testid="status-history">
          {history.map((h) => (
            <li key={h.day}>
              <strong>{h.dayText}</strong> {h.from ? `${h.from} → ` : ''}
              <span className={h.isNoEpidemic ? 'status-ok' : 'status-not'}>{h.to}</span>
              {h.reasons.length ? <span className="hint"> · {h.reasons.join('; ')}</span> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="hint">{t.statusHistoryEmpty}</p>
      )}
    </section>
  );
}
