import { formatInstant } from '@/lib/i18n/format-time';
import { translate } from '@/lib/i18n/locale';
import type { Locale, MessageKey } from '@/lib/i18n/messages';
import type { ZoneKind } from '@/lib/db/schema';
import type { CommunityCard } from './community-card';
import { telHref } from './tel-href';
import type { NoEpidemicReasonCode } from './no-epidemic';

/** A phone number to show: the text as entered, and a `tel:` link when it is dialable. */
export type PhoneView = { text: string; href: string | undefined };

/** Everything the card shows, as plain strings (the component puts them in the DOM as text). */
export type CommunityCardView = {
  title: string;
  subtitle: string;
  contacts: { key: number; label: string; phone: PhoneView }[];
  gridCells: { key: number; name: string; worker: string; phone: PhoneView | undefined }[];
  zones: { key: number; kind: ZoneKind; title: string; since: string; plannedLift: string | undefined }[];
  round: { title: string; coverage: string; positives: string; isPositive: boolean } | undefined;
  status: { isNoEpidemic: boolean; text: string; detail: string | undefined } | undefined;
};

const ZONE_TITLE: Record<ZoneKind, MessageKey> = { sealed: 'zoneSealed', controlled: 'zoneControlled', precaution: 'zonePrecaution' };
const ZONE_ORDER: Record<ZoneKind, number> = { sealed: 0, controlled: 1, precaution: 2 };

/** The card's short words for each reason the rule gives (lib/community/no-epidemic.ts); others show as given. */
const REASON_TEXT: Record<string, MessageKey> = {
  'zone-in-force': 'statusReasonZone',
  'zone-lifted-recently': 'statusReasonZoneRecent',
  'case-recently': 'statusReasonCase',
  'no-testing-round': 'statusReasonNoRound',
  'latest-round-positive': 'statusReasonPositive',
  'negative-round-recent': 'statusReasonNegativeRecent',
} satisfies Record<NoEpidemicReasonCode, MessageKey>;

/**
 * People tested as a share of the population, one decimal, or undefined without a population.
 *
 * @example
 * coveragePercent(18_450, 20_000) // → 92.3
 * coveragePercent(10, null) // → undefined
 */
export function coveragePercent(peopleTested: number, population: number | null): number | undefined {
  if (!population || population <= 0) return undefined;
  return Math.round((peopleTested / population) * 1000) / 10;
}

/** A calendar day 'YYYY-MM-DD' as the reader writes it (no time zone: it is already a local day). */
function formatDay(day: string, locale: Locale): string {
  const [y, m, d] = day.split('-');
  return locale === 'en' ? `${d}/${m}/${y}` : `${y}/${m}/${d}`;
}

const phoneView = (text: string): PhoneView => ({ text, href: telHref(text) });

/**
 * The community card's view model: numbers first (who to call), then grid workers, zones in force,
 * the latest testing round with its coverage, and the no-epidemic status, in the reader's language.
 *
 * @example
 * communityCardView(card, 'en', 'Asia/Seoul').contacts[0] // → { key: 3, label: 'Medical help', phone: { text: '010-0000-5001', href: 'tel:01000005001' } }
 */
export function communityCardView(card: CommunityCard, locale: Locale, timeZone: string): CommunityCardView {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values);
  const number = (n: number) => n.toLocaleString(locale === 'en' ? 'en' : 'zh-CN');
  const subtitle = [card.district, card.population !== null ? t('cardPopulation', { population: number(card.population) }) : undefined].filter(Boolean).join(' · ');
  const round = card.latestRound;
  const coverage = round ? coveragePercent(round.peopleTested, card.population) : undefined;
  const status = card.status;
  const reasons = status?.reasons.map((r) => (REASON_TEXT[r] ? t(REASON_TEXT[r]) : r)) ?? [];
  return {
    title: card.name,
    subtitle,
    contacts: card.contacts.map((c) => ({ key: c.id, label: c.label, phone: phoneView(c.phone) })),
    gridCells: card.gridCells.map((g) => ({ key: g.id, name: g.name, worker: g.worker ?? t('cardNoWorker'), phone: g.workerPhone ? phoneView(g.workerPhone) : undefined })),
    zones: [...card.zones]
      .sort((a, b) => ZONE_ORDER[a.kind] - ZONE_ORDER[b.kind] || a.since.localeCompare(b.since))
      .map((z) => ({
        key: z.id,
        kind: z.kind,
        title: `${t(ZONE_TITLE[z.kind])} · ${z.name}`,
        since: t('cardZoneSince', { time: formatInstant(z.since, locale, timeZone) }),
        plannedLift: z.plannedLift ? t('cardZoneLift', { time: formatInstant(z.plannedLift, locale, timeZone) }) : undefined,
      })),
    round: round
      ? {
          title: t(round.gridCellCount === null ? 'cardRoundTitle' : 'cardRoundCellsTitle', { number: round.roundNumber, date: formatDay(round.testedOn, locale), cells: round.gridCellCount ?? 0 }),
          coverage:
            coverage === undefined
              ? t('cardTestedNoPopulation', { tested: number(round.peopleTested) })
              : t('cardCoverage', { tested: number(round.peopleTested), population: number(card.population ?? 0), percent: coverage.toFixed(1) }),
          positives: round.positives === 0 ? t('cardNoPositives') : t('cardPositives', { count: number(round.positives) }),
          isPositive: round.positives > 0,
        }
      : undefined,
    status: status
      ? {
          isNoEpidemic: status.isNoEpidemic,
          text: status.isNoEpidemic ? t('cardNoEpidemic') : t('cardNotNoEpidemic'),
          detail: status.isNoEpidemic
            ? status.since
              ? t('cardNoEpidemicSince', { time: formatInstant(status.since, locale, timeZone) })
              : undefined
            : reasons.length
              ? reasons.join(locale === 'en' ? '; ' : '；')
              : undefined,
        }
      : undefined,
  };
}
