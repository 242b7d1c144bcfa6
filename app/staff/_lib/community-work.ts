import 'server-only';
import type { Db } from '@/lib/db/client';
import { outbreakRange } from '@/lib/db/queries/briefing';
import { briefingDayRange } from '@/lib/briefing/day-range';
import { localDay } from '@/lib/briefing/slider-days';
import { describeReason } from '@/lib/community/describe-reason';
import type { NoEpidemicResult } from '@/lib/community/no-epidemic';
import { formatDay } from '@/lib/i18n/format-time';
import type { Locale, Messages } from '@/lib/i18n/messages';
import { settings } from '@/lib/env';

/** The days the staff charts and histories span: as the briefing's, ending today during a live outbreak. */
export async function communityWorkSpan(db: Db, at: Date): Promise<{ from: string; to: string }> {
  return briefingDayRange(await outbreakRange(db, settings.timeZone), at, settings.timeZone);
}

/** A status in words: "No-epidemic since 2 Sept", or "Not yet" with each reason as a sentence. */
export function describeStatus(result: NoEpidemicResult, t: Messages, locale: Locale): { label: string; detail: string[] } {
  const day = (iso: string) => formatDay(localDay(iso, settings.timeZone), locale);
  if (result.isNoEpidemic && result.since) return { label: t.statusNoEpidemic, detail: [t.statusSince.replace('{date}', day(result.since))] };
  const detail = result.reasons.map((r) => describeReason(r, t, { days: settings.noEpidemicDays, formatDate: day }));
  if (result.expectedAt) detail.push(t.statusExpected.replace('{date}', day(result.expectedAt)));
  return { label: t.statusNotYet, detail };
}
