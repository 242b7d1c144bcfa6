'use client';
import { adviceFor, feedbackKey, type AdviceCode, type OverlapFeedback } from '@/lib/check/advice';
import type { OverlapReport } from '@/lib/check/format-result';
import type { ZoneKind } from '@/lib/geo/zone-visits';
import { formatInstant, formatRange } from '@/lib/i18n/format-time';
import { translate } from '@/lib/i18n/locale';
import type { Locale, MessageKey } from '@/lib/i18n/messages';

export type ZoneVisitRow = { name: string; kind: ZoneKind; from: string; to: string; since: string | null };

export type CheckResultData = {
  mode: 'private' | 'server';
  overlaps: OverlapReport[];
  zones: ZoneVisitRow[];
  caseCount: number;
  timeZone: string;
};

const ADVICE_TEXT: Record<AdviceCode, MessageKey> = {
  'stay-home-sealed': 'adviceStayHomeSealed',
  'stay-in-compound': 'adviceStayInCompound',
  report: 'adviceReport',
  test: 'adviceTest',
  'watch-health': 'adviceWatchHealth',
  'confirm-each': 'adviceConfirmEach',
  'all-dismissed': 'adviceAllDismissed',
  'no-overlap': 'adviceNoOverlap',
};

const ZONE_TEXT: Record<ZoneKind, MessageKey> = { sealed: 'zoneSealed', controlled: 'zoneControlled', precaution: 'zonePrecaution' };

type Props = {
  locale: Locale;
  result: CheckResultData;
  feedback: Record<string, OverlapFeedback>;
  onFeedback: (overlap: OverlapReport, value: OverlapFeedback) => void;
  selected: number | null;
  onSelect: (index: number) => void;
  /** The case the resident came to check (`?case=`): its overlaps are marked. */
  focusCaseCode?: string;
};

/** The answer: overlaps (each selectable, each with "that was me / wasn't me"), zones entered, and advice. */
export function CheckResult({ locale, result, feedback, onFeedback, selected, onSelect, focusCaseCode }: Props) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values);
  const advice = adviceFor({
    overlaps: result.overlaps.map((o) => ({ feedback: feedback[feedbackKey(o)] })),
    zoneKinds: result.zones.map((z) => z.kind),
  });
  return (
    <section className="check-step check-result" aria-labelledby="result-title" data-testid="check-result">
      <h2 id="result-title">{t('resultTitle')}</h2>
      <p className="hint">
        {t(result.mode === 'private' ? 'privateDone' : 'serverNotStored')} {t('timesIn', { zone: result.timeZone })}
      </p>
      {result.overlaps.length === 0 ? (
        <p className="ok-note" data-testid="no-overlap">
          {t('noOverlap', { cases: result.caseCount })}
        </p>
      ) : (
        <>
          <p className="alert-note">{t('overlapsFound', { count: result.overlaps.length })}</p>
          <ol className="overlap-list">
            {result.overlaps.map((overlap, i) => {
              const answer = feedback[feedbackKey(overlap)];
              return (
                <li key={`${overlap.caseCode}-${overlap.from}`} className={`overlap-item${selected === i ? ' is-selected' : ''}${answer === 'not-me' ? ' is-dismissed' : ''}${overlap.caseCode === focusCaseCode ? ' is-focus-case' : ''}`} data-testid="overlap" data-focus-case={overlap.caseCode === focusCaseCode}>
                  <button type="button" className="overlap-select" aria-pressed={selected === i} onClick={() => onSelect(i)}>
                    <strong>{t('overlapCase', { code: overlap.caseCode })}</strong>
                    <span data-testid="overlap-window">{formatRange(overlap.from, overlap.to, locale, result.timeZone)}</span>
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
          <p className="hint">{t('feedbackNote')}</p>
        </>
      )}

      <h3>{t('zonesTitle')}</h3>
      {result.zones.length === 0 ? (
        <p className="hint">{t('noZones')}</p>
      ) : (
        <ul className="zone-list" data-testid="zone-visits">
          {result.zones.map((zone) => (
            <li key={`${zone.name}-${zone.from}`} className={`zone-item zone-${zone.kind}`}>
              <strong>
                {t(ZONE_TEXT[zone.kind])} · {zone.name}
              </strong>
              {zone.since ? <span>{t('zoneSince', { since: formatInstant(zone.since, locale, result.timeZone) })}</span> : null}
              <span>{t('zoneVisit', { range: formatRange(zone.from, zone.to, locale, result.timeZone) })}</span>
            </li>
          ))}
        </ul>
      )}

      <h3>{t('adviceTitle')}</h3>
      <ul className="advice-list" data-testid="advice">
        {advice.map((code) => (
          <li key={code} data-advice={code}>
            {t(ADVICE_TEXT[code])}
          </li>
        ))}
      </ul>
    </section>
  );
}
