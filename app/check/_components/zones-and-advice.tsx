import type { AdviceCode } from '@/lib/check/advice';
import type { ZoneVisitAnswer } from '@/lib/check/check-answer';
import type { ZoneKind } from '@/lib/enums';
import { formatInstant, formatRange } from '@/lib/i18n/format-time';
import { translate } from '@/lib/i18n/locale';
import type { Locale, MessageKey } from '@/lib/i18n/messages';

const ZONE_TEXT: Record<ZoneKind, MessageKey> = { sealed: 'zoneSealed', controlled: 'zoneControlled', precaution: 'zonePrecaution' };

const ADVICE_TEXT: Record<AdviceCode, MessageKey> = {
  'stay-home-sealed': 'adviceStayHomeSealed',
  'stay-in-compound': 'adviceStayInCompound',
  'report-zone': 'adviceReportZone',
  report: 'adviceReport',
  test: 'adviceTest',
  'after-case': 'adviceAfterCase',
  'watch-health': 'adviceWatchHealth',
  'confirm-each': 'adviceConfirmEach',
  'all-dismissed': 'adviceAllDismissed',
  'no-overlap': 'adviceNoOverlap',
  'no-overlap-partial': 'adviceNoOverlapPartial',
  'no-data': 'adviceNoData',
};

/** The zones the resident entered while they were in force, with since when each was in force. */
export function ZoneVisitList({ locale, timeZone, zones }: { locale: Locale; timeZone: string; zones: ZoneVisitAnswer[] }) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values);
  return (
    <>
      <h3>{t('zonesTitle')}</h3>
      {zones.length === 0 ? (
        <p className="hint">{t('noZones')}</p>
      ) : (
        <ul className="zone-list" data-testid="zone-visits">
          {zones.map((zone) => (
            <li key={`${zone.zoneId}-${zone.from}`} className={`zone-item zone-${zone.kind}`} data-zone-id={zone.zoneId}>
              <strong>
                {t(ZONE_TEXT[zone.kind])} · {zone.name}
              </strong>
              {zone.since ? <span>{t('zoneSince', { since: formatInstant(zone.since, locale, timeZone) })}</span> : null}
              <span>{t('zoneVisit', { range: formatRange(zone.from, zone.to, locale, timeZone) })}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What to do next, most urgent first (lib/check/advice.ts). */
export function AdviceList({ locale, advice }: { locale: Locale; advice: AdviceCode[] }) {
  return (
    <>
      <h3>{translate(locale, 'adviceTitle')}</h3>
      <ul className="advice-list" data-testid="advice">
        {advice.map((code) => (
          <li key={code} data-advice={code}>
            {translate(locale, ADVICE_TEXT[code])}
          </li>
        ))}
      </ul>
    </>
  );
}
