import type { BriefingFigures } from '@/lib/db/queries/briefing';
import { formatInstant } from '@/lib/i18n/format-time';
import type { Locale, Messages } from '@/lib/i18n/messages';
import { toLocalInputValue } from './briefing-window';

const ZONE_LABEL = { sealed: 'zoneSealed', controlled: 'zoneControlled', precaution: 'zonePrecaution' } as const;

/**
 * Fills `{name}` placeholders; unknown names stay as written.
 *
 * @example
 * fillTemplate('{count} new', { count: 3 }) // → '3 new'
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * The exported PNG's file name, by the briefing moment's date and time in the district's zone (not UTC:
 * a 07:30 briefing in Shanghai is still "today" there).
 *
 * @example
 * exportFileName('2020-03-10T22:30:00Z', 'Asia/Seoul') // → 'gridwatch-briefing-2020-03-11-0730.png'
 */
export function exportFileName(at: string, timeZone: string): string {
  return `gridwatch-briefing-${toLocalInputValue(at, timeZone).replace('T', '-').replace(':', '')}.png`;
}

/**
 * The window line: "统计区间：{since} 至 {at}" with both instants in the district's zone.
 *
 * @example
 * windowText({ since: '2020-03-09T22:30:00Z', at: '2020-03-10T22:30:00Z' }, messages.en, 'en', 'Asia/Seoul') // → 'Window: 10/03/2020, 07:30 GMT+9 to 11/03/2020, 07:30 GMT+9'
 */
export function windowText(window: { since: string; at: string }, m: Messages, locale: Locale, timeZone: string): string {
  return fillTemplate(m.briefingWindow, { since: formatInstant(window.since, locale, timeZone), at: formatInstant(window.at, locale, timeZone) });
}

/**
 * Two lines per zone kind for a picture: label, count and area, then the estimated people in it (the
 * touched-communities figure is secondary and stays on the page).
 *
 * @example
 * zoneFigureLines({ kind: 'sealed', count: 4, areaKm2: 0.18, estimatedPeople: 1234, populationOfTouchedCommunities: 478900 }, messages.en, 'en')
 * // → ['Sealed zone: 4 · 0.18 km²', '  about 1,234 people (estimate)']
 */
export function zoneFigureLines(z: BriefingFigures['zonesByKind'][number], m: Messages, locale: Locale): [string, string] {
  const people = new Intl.NumberFormat(locale).format(z.estimatedPeople);
  return [`${m[ZONE_LABEL[z.kind]]}: ${fillTemplate(m.briefingZoneRow, { count: z.count, area: z.areaKm2.toFixed(2) })}`, `  ${fillTemplate(m.briefingZoneEstimate, { people })}`];
}

/**
 * The figures an exported picture carries, as lines of text: zones by kind with their estimates, new cases
 * in the window and where (the five communities with most), the total, and the no-epidemic count.
 *
 * @example
 * figureLines(briefing.figures, messages['zh-CN'], 'zh-CN')[6] // → '区间内新增 10 例'
 */
export function figureLines(f: BriefingFigures, m: Messages, locale: Locale): string[] {
  const where = f.newCases.byCommunity
    .slice(0, 5)
    .map((c) => fillTemplate(m.briefingNewCasesIn, { name: c.name ?? m.briefingCommunityUnknown, count: c.count }));
  return [
    ...f.zonesByKind.flatMap((z) => zoneFigureLines(z, m, locale)),
    fillTemplate(m.briefingNewCasesCount, { count: f.newCases.count }),
    ...(where.length ? [`  ${where.join(' · ')}`] : []),
    fillTemplate(m.briefingCasesTotal, { total: f.casesTotal }),
    ...(f.communities ? [fillTemplate(m.briefingNoEpidemic, { count: f.communities.noEpidemic, total: f.communities.total })] : []),
  ];
}
