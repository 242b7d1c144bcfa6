/**
 * Instants from the date-time strings found in trajectory and case files, without a date library.
 *
 * Offsets of IANA zones come from `Intl.DateTimeFormat`, which every browser and Node ship with full ICU,
 * so DST changes (e.g. Asia/Jerusalem on 2020-03-27) are handled by the platform's tz database.
 */

export type ParsedInstant = {
  /** Epoch milliseconds (UTC). */
  time: number;
  /** True when the text carried `Z` or a numeric offset; false when it was read as wall time in the zone. */
  hadOffset: boolean;
};

// 2020-02-16T18:00:00.123+08:00, 2020/02/16 18:00, 2020-02-16 18:00:00, 2020-02-16, 20200216T180000Z.
const DATE_TIME =
  /^(\d{4})([-/]?)(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws a RangeError for an unknown zone, which is what callers should see.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClockParts(time: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(time)) {
    if (part.type in parts) parts[part.type as keyof typeof parts] = Number(part.value);
  }
  return parts;
}

/**
 * The UTC offset of `timeZone` at the instant `time`, in milliseconds (east positive).
 *
 * @example
 * timeZoneOffset(Date.UTC(2020, 2, 27, 12), 'Asia/Jerusalem') // → 10_800_000 (+03:00, after the DST change)
 */
export function timeZoneOffset(time: number, timeZone: string): number {
  const p = wallClockParts(time, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  // Intl has second resolution; compare against the instant truncated to the second.
  return wall - (time - (((time % 1000) + 1000) % 1000));
}

/**
 * Whether `timeZone` is an IANA zone name this runtime knows.
 *
 * @example
 * isValidTimeZone('Asia/Taipei') // → true
 */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant at which clocks in `timeZone` show the wall time `wallUtc` (wall fields encoded as if UTC).
 * Like Temporal's `disambiguation: 'compatible'`: in a DST gap the time is read with the offset in force before
 * the change (so 02:30 on a spring-forward night becomes 03:30); in a repeated hour the earlier instant wins.
 */
function wallTimeToInstant(wallUtc: number, timeZone: string): number {
  const day = 86_400_000;
  const before = timeZoneOffset(wallUtc - day, timeZone);
  const after = timeZoneOffset(wallUtc + day, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wallUtc - offset)
    .filter((instant) => timeZoneOffset(instant, timeZone) === wallUtc - instant);
  if (candidates.length > 0) return Math.min(...candidates);
  return wallUtc - before;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number in `text[from, from + length)` if every character there is a digit, else −1. */
function digitsAt(text: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.sssZ` — what `toISOString` writes and most clients send —
 * read by position without the regex (a 20,000-fix check reads 20,000 of them). Undefined for any other
 * shape or an impossible date, which then take the general path (and its error).
 */
function parseCanonicalUtc(text: string): number | undefined {
  const isMillis = text.length === 24;
  if ((text.length !== 20 && !isMillis) || text.charCodeAt(text.length - 1) !== 90 /* Z */) return undefined;
  if (text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':' || text[16] !== ':' || (isMillis && text[19] !== '.')) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  const millis = isMillis ? digitsAt(text, 20, 3) : 0;
  if (year < 100 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || millis < 0) return undefined;
  if (day > (month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1])) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, millis);
}

/**
 * Reads an ISO 8601-like date-time. With `Z` or an offset it is taken as is; without one it is wall time in the
 * IANA `timeZone`. Throws a `RangeError` for anything else (including impossible dates such as 2020-02-30).
 *
 * @example
 * parseInstant('2020-02-16T18:00:00', 'Asia/Taipei') // → { time: Date.UTC(2020, 1, 16, 10), hadOffset: false }
 * parseInstant('2020-03-22T03:45:00Z', 'Asia/Jerusalem') // → { time: 1584848700000, hadOffset: true }
 */
export function parseInstant(text: string, timeZone: string): ParsedInstant {
  const canonical = parseCanonicalUtc(text);
  if (canonical !== undefined) return { time: canonical, hadOffset: true };
  const match = DATE_TIME.exec(text.trim());
  if (!match) throw new RangeError(`"${text}" is not a date-time`);
  const [, y, , mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const dayOfMonth = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) {
    throw new RangeError(`"${text}" is not a valid date`);
  }
  if (hour > 23 || minute > 59 || second > 59) throw new RangeError(`"${text}" is not a valid time of day`);
  // Sub-millisecond digits (GPSBabel writes seven) are dropped, not rounded, so times never move forward.
  const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const wallUtc = Date.UTC(year, month - 1, dayOfMonth, hour, minute, second, millis);
  // Date.UTC maps years 0–99 to 1900–1999; the regex demands four digits, so only 0000–0099 are affected.
  const fixedWallUtc = year < 100 ? new Date(wallUtc).setUTCFullYear(year) : wallUtc;
  if (zone === undefined) return { time: wallTimeToInstant(fixedWallUtc, timeZone), hadOffset: false };
  if (zone.toUpperCase() === 'Z') return { time: fixedWallUtc, hadOffset: true };
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetHours = Number(digits.slice(0, 2));
  const offsetMinutes = Number(digits.slice(2) || '0');
  if (offsetHours > 14 || offsetMinutes > 59) throw new RangeError(`"${text}" has an invalid UTC offset`);
  return { time: fixedWallUtc - sign * (offsetHours * 60 + offsetMinutes) * 60_000, hadOffset: true };
}

/**
 * Formats an instant as ISO 8601 wall time in `timeZone` with its offset, to the second.
 *
 * @example
 * formatIsoInstant(Date.UTC(2020, 1, 16, 10), 'Asia/Taipei') // → '2020-02-16T18:00:00+08:00'
 */
export function formatIsoInstant(time: number, timeZone: string): string {
  if (!Number.isFinite(time)) throw new RangeError(`${time} is not an instant`);
  const p = wallClockParts(time, timeZone);
  const offsetMinutes = Math.round(timeZoneOffset(time, timeZone) / 60_000);
  const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.trunc(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  const year = p.year < 0 ? `-${pad(p.year, 6)}` : pad(p.year, 4);
  return `${year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${offset}`;
}
