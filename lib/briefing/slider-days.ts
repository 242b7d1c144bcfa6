import { localDayOf } from '@/lib/case-days/local-day';
import { timeZoneOffset } from '@/lib/time/parse-instant';

/** One step of the briefing's time slider: a local calendar day and the instant the map shows for it. */
export type SliderDay = {
  /** The local date, `YYYY-MM-DD` in the briefing's time zone. */
  day: string;
  /** The last millisecond of that local day, as an ISO instant: the picture "at the end of the day". */
  at: string;
};

const DAY_MS = 86_400_000;

/**
 * The local date of an instant in a time zone.
 *
 * @example
 * localDay('2020-03-09T16:00:00Z', 'Asia/Seoul') // → '2020-03-10'
 */
export function localDay(instant: string | Date, timeZone: string): string {
  return localDayOf(new Date(instant).getTime(), timeZone);
}

/**
 * The UTC instant of local midnight starting `day` in `timeZone`. Checked twice because the offset
 * at the guess may differ from the offset at the answer across a daylight-saving change.
 *
 * @example
 * localMidnight('2020-03-10', 'Asia/Seoul') // → Date('2020-03-09T15:00:00Z')
 */
export function localMidnight(day: string, timeZone: string): Date {
  const guess = Date.parse(`${day}T00:00:00Z`);
  let t = guess - timeZoneOffset(guess, timeZone);
  t = guess - timeZoneOffset(t, timeZone);
  return new Date(t);
}

/**
 * Every local day from `from` to `to` inclusive (dates `YYYY-MM-DD`), each with its end-of-day instant.
 * An empty list when `to` is before `from`; capped at `maxDays` so a bad range cannot build a huge slider.
 *
 * @example
 * sliderDays('2020-03-09', '2020-03-10', 'Asia/Seoul')
 * // → [{ day: '2020-03-09', at: '2020-03-09T14:59:59.999Z' }, { day: '2020-03-10', at: '2020-03-10T14:59:59.999Z' }]
 */
export function sliderDays(from: string, to: string, timeZone: string, options: { maxDays?: number } = {}): SliderDay[] {
  const maxDays = options.maxDays ?? 366;
  const days: SliderDay[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`) && days.length < maxDays; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    const next = new Date(t + DAY_MS).toISOString().slice(0, 10);
    days.push({ day, at: new Date(localMidnight(next, timeZone).getTime() - 1).toISOString() });
  }
  return days;
}

/**
 * Index of the slider day that contains `at` (the nearest end when outside the range).
 *
 * @example
 * dayIndexOf(sliderDays('2020-03-09', '2020-03-11', 'Asia/Seoul'), '2020-03-10T03:00:00Z') // → 1
 */
export function dayIndexOf(days: SliderDay[], at: string, timeZone: string): number {
  if (days.length === 0) return -1;
  const day = localDay(at, timeZone);
  const i = days.findIndex((d) => d.day === day);
  if (i >= 0) return i;
  return day < days[0].day ? 0 : days.length - 1;
}
