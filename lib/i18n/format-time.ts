import type { Locale } from './messages';

type Parts = { date: string; time: string; zone: string; day: string };

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using it (a list of a thousand places formats a thousand times). */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function parts(value: string | number | Date, locale: Locale, timeZone: string): Parts | undefined {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  const p = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(date)
      .map((x) => [x.type, x.value]),
  );
  return {
    date: locale === 'en' ? `${p.day}/${p.month}/${p.year},` : `${p.year}/${p.month}/${p.day}`,
    time: `${p.hour}:${p.minute}`,
    zone: p.timeZoneName,
    day: `${p.year}-${p.month}-${p.day}`,
  };
}

/**
 * A time as a reader in `timeZone` says it, with the zone shown so nobody has to guess.
 *
 * @example
 * formatInstant('2020-03-08T01:30:00Z', 'en', 'Asia/Seoul') // → '08/03/2020, 10:30 GMT+9'
 */
export function formatInstant(value: string | number | Date, locale: Locale, timeZone: string): string {
  const p = parts(value, locale, timeZone);
  return p ? `${p.date} ${p.time} ${p.zone}` : String(value);
}

/**
 * A from–to range; the end shows only the time when both fall on the same local day.
 *
 * @example
 * formatRange('2020-03-08T01:30:00Z', '2020-03-08T02:15:00Z', 'en', 'Asia/Seoul') // → '08/03/2020, 10:30 – 11:15 GMT+9'
 */
export function formatRange(start: string | number | Date, end: string | number | Date, locale: Locale, timeZone: string): string {
  const [a, b] = [parts(start, locale, timeZone), parts(end, locale, timeZone)];
  if (!a || !b) return `${formatInstant(start, locale, timeZone)} – ${formatInstant(end, locale, timeZone)}`;
  if (a.day !== b.day) return `${a.date} ${a.time} ${a.zone} – ${b.date} ${b.time} ${b.zone}`;
  return `${a.date} ${a.time} – ${b.time} ${a.zone}`;
}

/**
 * A local calendar day (`YYYY-MM-DD`) in short words: "2 Sept" in English, "9月2日" in Chinese.
 *
 * @example
 * formatDay('2022-09-02', 'en') // → '2 Sept'
 * formatDay('2022-09-02', 'zh-CN') // → '9月2日'
 */
export function formatDay(day: string, locale: Locale): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'UTC', month: 'short', day: 'numeric' }).format(date);
}
