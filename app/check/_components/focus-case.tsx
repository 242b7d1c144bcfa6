import type { OverlapAnswer } from '@/lib/check/check-answer';
import type { FocusCase } from '@/lib/check/focus-case';
import { formatRange } from '@/lib/i18n/format-time';
import { translate } from '@/lib/i18n/locale';
import type { Locale, MessageKey } from '@/lib/i18n/messages';

/** The case the resident arrived with: its places and times in order, or why it cannot be shown. */
export function FocusCaseSection({ focusCase, locale, timeZone }: { focusCase: FocusCase; locale: Locale; timeZone: string }) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values);
  if (focusCase.kind === 'unknown') {
    return (
      <p className="error-note" role="status" data-testid="focus-case-unknown">
        {t('checkCaseUnknown', { code: focusCase.caseCode })}
      </p>
    );
  }
  const visits = [...focusCase.visits].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return (
    <section className="check-step focus-case" aria-labelledby="focus-case-title" data-testid="focus-case">
      <h2 id="focus-case-title">{t('checkCaseTitle', { code: focusCase.caseCode })}</h2>
      <p className="hint">{t('checkCaseIntro', { code: focusCase.caseCode })}</p>
      <ol className="focus-case-visits" data-testid="focus-case-visits">
        {visits.map((visit, i) => (
          <li key={i}>
            <span className="focus-case-time">{formatRange(visit.start, visit.end, locale, timeZone)}</span>{' '}
            {visit.isMovement ? `${t('checkCaseMovement')}: ` : ''}
            {visit.place ?? ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Whether the resident's trips overlapped the case they came for (the check itself ran against every published case). */
export function FocusCaseVerdict({ caseCode, overlaps, isCovered, locale }: { caseCode: string; overlaps: OverlapAnswer[]; isCovered: boolean; locale: Locale }) {
  const isOverlap = overlaps.some((o) => o.caseCode === caseCode);
  // Not green when the data did not cover the whole trip: "no overlap with this case" is then no all-clear.
  return (
    <p className={isOverlap ? 'alert-note' : isCovered ? 'ok-note' : 'hint'} data-testid="focus-case-verdict" data-overlap={isOverlap}>
      {translate(locale, isOverlap ? 'checkCaseOverlap' : 'checkCaseNoOverlap', { code: caseCode })}
    </p>
  );
}
