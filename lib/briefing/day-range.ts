import { localDay } from './slider-days';

const DAY_MS = 86_400_000;
/** The slider's longest span, and how long after its last record an outbreak still counts as live. */
export const MAX_SLIDER_DAYS = 60;

/** The local days the briefing's slider spans, and whether its last day is today (then its last step is "now"). */
export type BriefingDayRange = { from: string; to: string; isLive: boolean };

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * The local days the briefing spans: the days that hold data, never past today and never more than the last
 * 60. During a live outbreak (data within the last 60 days, or today inside the data) it ends today, so the
 * default picture is now; a historic dataset such as the demo on today's clock ends at its last day.
 *
 * @example
 * briefingDayRange({ from: '2022-08-01', to: '2022-08-20' }, new Date('2022-09-02T04:00:00Z'), 'Asia/Shanghai') // → { from: '2022-08-01', to: '2022-09-02', isLive: true }
 * briefingDayRange({ from: '2020-02-28', to: '2020-03-16' }, new Date('2026-11-23T08:00:00Z'), 'Asia/Seoul') // → { from: '2020-02-28', to: '2020-03-16', isLive: false }
 */
export function briefingDayRange(data: { from: string; to: string } | null, now: Date, timeZone: string): BriefingDayRange {
  const today = localDay(now, timeZone);
  if (!data || today < data.from) return { from: today, to: today, isLive: true };
  const isLive = today <= addDays(data.to, MAX_SLIDER_DAYS);
  const to = isLive ? today : data.to;
  const earliest = addDays(to, -(MAX_SLIDER_DAYS - 1));
  return { from: data.from < earliest ? earliest : data.from, to, isLive };
}
