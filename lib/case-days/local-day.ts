import { timeZoneOffset } from '../time/parse-instant';

const DAY_MS = 86_400_000;

/** Every real UTC-offset change falls on a quarter hour, so an offset found for a quarter hour holds for all of it. */
const QUARTER_HOUR_MS = 900_000;
const offsetCache = new Map<string, Map<number, number>>();

/** timeZoneOffset, memoised per quarter hour: Intl is ~20 µs a call, and a city's tracks ask millions of times. */
function cachedOffset(time: number, timeZone: string): number {
  let zone = offsetCache.get(timeZone);
  if (!zone) offsetCache.set(timeZone, (zone = new Map()));
  const quarter = Math.floor(time / QUARTER_HOUR_MS);
  let offset = zone.get(quarter);
  if (offset === undefined) {
    if (zone.size > 100_000) zone.clear();
    offset = timeZoneOffset(quarter * QUARTER_HOUR_MS, timeZone);
    zone.set(quarter, offset);
  }
  return offset;
}

/**
 * The local calendar day (`YYYY-MM-DD`) of an instant in `timeZone`.
 *
 * @example
 * localDayOf(Date.UTC(2022, 3, 1, 17), 'Asia/Shanghai') // → '2022-04-02'
 */
export function localDayOf(time: number, timeZone: string): string {
  return new Date(time + cachedOffset(time, timeZone)).toISOString().slice(0, 10);
}

/**
 * The instant a local day starts in `timeZone` (the first millisecond whose local day it is).
 *
 * @example
 * localDayStart('2022-04-02', 'Asia/Shanghai') // → Date.UTC(2022, 3, 1, 16)
 */
export function localDayStart(day: string, timeZone: string): number {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  // Two passes settle the offset even when the day starts next to a DST change.
  let start = midnightUtc - timeZoneOffset(midnightUtc, timeZone);
  start = midnightUtc - timeZoneOffset(start, timeZone);
  return start;
}

/**
 * Every local day from the one holding `from` to the one holding `to`, inclusive.
 *
 * @example
 * localDaysBetween(Date.UTC(2022, 3, 1, 10), Date.UTC(2022, 3, 2, 20), 'Asia/Shanghai') // → ['2022-04-01', '2022-04-02', '2022-04-03']
 */
export function localDaysBetween(from: number, to: number, timeZone: string): string[] {
  const first = localDayOf(from, timeZone);
  const last = localDayOf(to, timeZone);
  const days: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`), end = Date.parse(`${last}T00:00:00Z`); t <= end; t += DAY_MS) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}
