import { localDay } from './slider-days';

const DAY_MS = 86_400_000;
/** A live outbreak's data ends within this many days of today; older data is a historic dataset. */
const LIVE_WITHIN_DAYS = 366;

/**
 * The local days the briefing spans. During a live outbreak (data from the last year) it runs to today,
 * so the default picture is now and the no-epidemic progress keeps growing after the last case; for a
 * historic dataset such as the demo it ends at the data's last day. At most a year, ending at its end.
 *
 * @example
 * briefingDayRange({ from: '2022-08-01', to: '2022-08-20' }, new Date('2022-09-02T04:00:00Z'), 'Asia/Shanghai') // → { from: '2022-08-01', to: '2022-09-02' }
 * briefingDayRange({ from: '2020-02-28', to: '2020-03-16' }, new Date('2026-11-23T08:00:00Z'), 'Asia/Seoul') // → { from: '2020-02-28', to: '2020-03-16' }
 */
export function briefingDayRange(data: { from: string; to: string } | null, now: Date, timeZone: string): { from: string; to: string } {
  const today = localDay(now, timeZone);
  if (!data) return { from: today, to: today };
  const dataEnd = Date.parse(`${data.to}T00:00:00Z`);
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const isLive = todayMs > dataEnd && todayMs - dataEnd <= LIVE_WITHIN_DAYS * DAY_MS;
  const to = isLive ? today : data.to;
  const earliest = new Date(Date.parse(`${to}T00:00:00Z`) - (LIVE_WITHIN_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  return { from: data.from < earliest ? earliest : data.from, to };
}
