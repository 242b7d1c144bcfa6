import { formatInstant, formatRange } from '@/lib/i18n/format-time';
import { translate } from '@/lib/i18n/locale';
import type { Locale, MessageKey } from '@/lib/i18n/messages';

/** What a popup shows: plain strings only; the client puts them in the DOM as text, never as HTML. */
export type PopupFields = { title: string; rows: [label: string, value: string][]; note?: string; link?: { href: string; label: string } };

type Properties = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : undefined);

const ZONE_TITLES: Record<string, MessageKey> = { sealed: 'zoneSealed', controlled: 'zoneControlled', precaution: 'zonePrecaution' };

/**
 * The popup of a clicked feature, by the source it came from ('zones', 'case-tracks', 'communities',
 * 'grid-cells'), or undefined for sources without popups.
 *
 * @example
 * popupFields('case-tracks', { caseCode: 'C-001', place: 'Store', start: '…', end: '…' }, 'en', 'Asia/Seoul')
 * // → { title: 'Case C-001', rows: [['Place', 'Store'], ['Time', '08/03/2020, 10:30 – 11:15 GMT+9'], …] }
 */
export function popupFields(sourceId: string, p: Properties, locale: Locale, timeZone: string): PopupFields | undefined {
  const t = (key: MessageKey) => translate(locale, key);
  const rows: [string, string][] = [];
  const add = (label: MessageKey, value: string | undefined) => {
    if (value !== undefined) rows.push([t(label), value]);
  };
  switch (sourceId) {
    case 'case-tracks': {
      add('place', str(p.place));
      const [start, end] = [str(p.start), str(p.end)];
      if (start && end) add('time', formatRange(start, end, locale, timeZone));
      const classification = str(p.classification);
      if (classification === 'confirmed' || classification === 'asymptomatic') add('classification', t(classification));
      const reportedAt = str(p.reportedAt);
      if (reportedAt) add('reportedAt', formatInstant(reportedAt, locale, timeZone));
      const isGenerated = p.timeGenerated === true || p.timeGenerated === 'true';
      // Low-zoom vector tiles carry only the case (code, classification), not each visit's place and time.
      const isCaseSummary = start === undefined;
      const code = str(p.caseCode);
      return {
        title: `${t('case')} ${code ?? '?'}`,
        rows,
        note: isCaseSummary ? t('zoomInForDetails') : isGenerated ? t('timeGenerated') : undefined,
        link: code ? { href: `/notices/${encodeURIComponent(code)}`, label: t('noticeTitle') } : undefined,
      };
    }
    case 'zones': {
      const kind = str(p.kind) ?? '';
      const effectiveFrom = str(p.effectiveFrom);
      if (effectiveFrom) add('effectiveFrom', formatInstant(effectiveFrom, locale, timeZone));
      const plannedLift = str(p.plannedLift);
      if (plannedLift) add('plannedLift', formatInstant(plannedLift, locale, timeZone));
      const liftedAt = str(p.liftedAt);
      add('liftedAt', liftedAt ? formatInstant(liftedAt, locale, timeZone) : undefined);
      const kindTitle = ZONE_TITLES[kind] ? t(ZONE_TITLES[kind]) : kind;
      return { title: `${kindTitle} · ${str(p.name) ?? ''}`, rows, note: str(p.note) };
    }
    case 'communities':
      add('district', str(p.district));
      add('population', typeof p.population === 'number' ? p.population.toLocaleString(locale) : undefined);
      return { title: str(p.name) ?? '', rows };
    case 'grid-cells':
      add('worker', str(p.worker));
      add('phone', str(p.workerPhone));
      return { title: `${t('gridCell')} · ${str(p.name) ?? ''}`, rows };
    default:
      return undefined;
  }
}
