'use client';
import { forwardRef } from 'react';
import { adviceFor, feedbackKey, type OverlapFeedback } from '@/lib/check/advice';
import type { OverlapAnswer } from '@/lib/check/check-answer';
import { trajectorySpan } from '@/lib/check/check-input';
import type { CheckResultState } from '@/lib/check-screen/types';
import { translate } from '@/lib/i18n/locale';
import type { Locale, MessageKey } from '@/lib/i18n/messages';
import { CoverageNote } from './coverage-note';
import { OverlapList } from './overlap-list';
import { AdviceList, ZoneVisitList } from './zones-and-advice';

type Props = {
  locale: Locale;
  result: CheckResultState;
  feedback: Record<string, OverlapFeedback>;
  onFeedback: (overlap: OverlapAnswer, value: OverlapFeedback) => void;
  selected: number | null;
  onSelect: (index: number) => void;
  /** The case the resident came to check (`?case=`): its overlaps are marked. */
  focusCaseCode?: string;
};

/**
 * The answer: what the data covered, the overlaps, zones entered and advice. It takes focus after a check
 * (tabIndex −1), so a phone user lands on it rather than on the form above.
 */
export const CheckResult = forwardRef<HTMLElement, Props>(function CheckResult({ locale, result, feedback, onFeedback, selected, onSelect, focusCaseCode }, ref) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values);
  const { answer, timeZone } = result;
  const advice = adviceFor({
    overlaps: answer.overlaps.map((o) => ({ feedback: feedback[feedbackKey(o)], timing: o.timing })),
    zoneKinds: answer.zones.map((z) => z.kind),
    coverage: answer.coverage.status,
  });
  const status = answer.coverage.status;
  return (
    <section ref={ref} tabIndex={-1} className="check-step check-result" aria-labelledby="result-title" data-testid="check-result" data-coverage={status}>
      <h2 id="result-title">{t('resultTitle')}</h2>
      <p className="hint">
        {t(result.mode === 'private' ? 'privateDone' : 'serverNotStored')} {t('timesIn', { zone: timeZone })}
      </p>
      {answer.overlaps.length > 0 ? (
        <>
          <p className="alert-note">{t('overlapsFound', { count: answer.overlaps.length })}</p>
          <OverlapList locale={locale} timeZone={timeZone} overlaps={answer.overlaps} feedback={feedback} onFeedback={onFeedback} selected={selected} onSelect={onSelect} focusCaseCode={focusCaseCode} />
          <p className="hint">{t('feedbackNote')}</p>
        </>
      ) : status === 'covered' ? (
        <p className="ok-note" data-testid="no-overlap">
          {t('noOverlap', { cases: answer.coverage.casesCompared })}
        </p>
      ) : status === 'partial' ? (
        <p className="warn-note" data-testid="no-overlap-partial">
          {t('noOverlapPartial', { cases: answer.coverage.casesCompared })}
        </p>
      ) : null}
      <CoverageNote locale={locale} timeZone={timeZone} coverage={answer.coverage} trip={trajectorySpan(result.given.parts)} />
      {answer.droppedPoints > 0 ? (
        <p className="hint" data-testid="dropped-points">
          {t('droppedPoints', { count: answer.droppedPoints })}
        </p>
      ) : null}
      {answer.skippedRecords > 0 ? (
        <p className="hint" data-testid="skipped-records">
          {t('resultSkippedRecords', { count: answer.skippedRecords })}
        </p>
      ) : null}
      {answer.assumedTimeZone ? (
        <p className="hint" data-testid="assumed-zone">
          {t('assumedZone', { zone: answer.assumedTimeZone })}
        </p>
      ) : null}
      <ZoneVisitList locale={locale} timeZone={timeZone} zones={answer.zones} />
      <AdviceList locale={locale} advice={advice} />
    </section>
  );
});
