import { useState } from 'react';
import { feedbackKey, type OverlapFeedback } from '@/lib/check/advice';
import type { OverlapAnswer } from '@/lib/check/check-answer';
import { formatRange } from '@/lib/i18n/format-time';
import { translate } from '@/lib/i18n/locale';
import type { Locale } from '@/lib/i18n/messages';

type Props = {
  locale: Locale;
  timeZone: string;
  overlaps: OverlapAnswer[];
  feedback: Record<string, OverlapFeedback>;
  onFeedback: (overlap: OverlapAnswer, value: OverlapFeedback) => void;
  selected: number | null;
  onSelect: (index: number) => void;
  focusCaseCode?: string;
};

/** A long list is drawn this far at first: hundreds of rows at once held the page (and nobody reads them at once). */
const FIRST_ROWS = 50;

/** The overlaps: each with the resident's time and the case's own time there, selectable, with "that was me / wasn't me". */
export function OverlapList({ locale, timeZone, overlaps, feedback, onFeedback, selected, onSelect, focusCaseCode }: Props) {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(locale, key, values);
  const [isAllShown, setIsAllShown] = useState(false);
  const shown = isAllShown ? overlaps : overlaps.slice(0, Math.max(FIRST_ROWS, (selected ?? 0) + 1));
  return (
    <>
      <ol className="overlap-list">
        {shown.map((overlap, i) => {
          const answer = feedback[feedbackKey(overlap)];
          const classes = ['overlap-item', selected === i && 'is-selected', answer === 'not-me' && 'is-dismissed', overlap.caseCode === focusCaseCode && 'is-focus-case'];
          return (
            <li key={`${overlap.caseCode}-${overlap.from}`} className={classes.filter(Boolean).join(' ')} data-testid="overlap" data-focus-case={overlap.caseCode === focusCaseCode} data-timing={overlap.timing}>
              <button type="button" className="overlap-select" aria-pressed={selected === i} onClick={() => onSelect(i)}>
                <strong>{t('overlapCase', { code: overlap.caseCode })}</strong>
                <span className={overlap.timing === 'after-case' ? 'timing-badge is-after-case' : 'timing-badge'}>{t(overlap.timing === 'after-case' ? 'timingAfterCase' : 'timingSameTime')}</span>
                <span data-testid="overlap-window">{t('youWereThere', { range: formatRange(overlap.from, overlap.to, locale, timeZone) })}</span>
                {overlap.caseFrom && overlap.caseTo ? <span data-testid="overlap-case-time">{t('caseWasThere', { range: formatRange(overlap.caseFrom, overlap.caseTo, locale, timeZone) })}</span> : null}
                <span>{t('overlapClose', { meters: Math.round(overlap.minDistanceMeters), minutes: Math.round(overlap.minutes) })}</span>
                {overlap.place ? <span>{t('overlapPlace', { place: overlap.place })}</span> : null}
                <span className="link-text">{t('showOnMap')}</span>
              </button>
              <div className="button-row" role="group" aria-label={t('overlapCase', { code: overlap.caseCode })}>
                <button type="button" className="button-secondary" aria-pressed={answer === 'me'} onClick={() => onFeedback(overlap, 'me')}>
                  {t('thatWasMe')}
                </button>
                <button type="button" className="button-secondary" aria-pressed={answer === 'not-me'} onClick={() => onFeedback(overlap, 'not-me')}>
                  {t('notMe')} <small>{t('notMeHint')}</small>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {shown.length < overlaps.length ? (
        <button type="button" className="button-secondary" data-testid="overlaps-show-all" onClick={() => setIsAllShown(true)}>
          {t('overlapsShowAll', { shown: shown.length, count: overlaps.length })}
        </button>
      ) : null}
    </>
  );
}
