import type { CheckStatus } from '@/lib/check-screen/check-screen-state';
import type { CheckMode } from '@/lib/check-screen/types';
import { translate } from '@/lib/i18n/locale';
import type { Locale, MessageKey } from '@/lib/i18n/messages';

type Props = { locale: Locale; mode: CheckMode; onMode: (mode: CheckMode) => void; status: CheckStatus; onCheck: () => void };

/** Step 3: where to compare (this device or the server), the check button, its progress and its error. */
export function ModeStep({ locale, mode, onMode, status, onCheck }: Props) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values);
  return (
    <section className="check-step" aria-labelledby="step-mode">
      <h2 id="step-mode">{t('stepMode')}</h2>
      <fieldset className="choice-list">
        <legend className="visually-hidden">{t('stepMode')}</legend>
        {(['private', 'server'] as const).map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => onMode(value)} data-testid={`mode-${value}`} />
            <span>
              <strong>{t(value === 'private' ? 'modePrivate' : 'modeServer')}</strong>
              <small>{t(value === 'private' ? 'modePrivateHint' : 'modeServerHint')}</small>
            </span>
          </label>
        ))}
      </fieldset>
      <button type="button" className="button-primary button-wide" onClick={onCheck} disabled={status.kind === 'checking'} data-testid="run-check">
        {status.kind === 'checking' ? t('checking') : t('checkButton')}
      </button>
      {status.kind === 'checking' ? (
        <label className="progress-row" data-testid="check-progress">
          {status.stage === 'cases' ? t('checkStageCases') : status.fraction === undefined ? t('checkStageCompare') : t('checkStageCompareShare', { percent: Math.round(status.fraction * 100) })}
          {/* Two stages: downloading fills the first half, comparing the second (by its fraction where known). */}
          <progress max={2} value={status.stage === 'cases' ? 0.5 : 1 + (status.fraction ?? 0.5)} />
        </label>
      ) : null}
      {status.kind === 'error' ? (
        <p className="error-note" role="alert" data-testid="check-error">
          {status.message}
        </p>
      ) : null}
    </section>
  );
}
