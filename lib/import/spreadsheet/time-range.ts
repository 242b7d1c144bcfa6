/** A time of day as minutes after midnight (24:00 = 1440, the end of the day). */
export type TimeRange = { startMinute: number; endMinute: number; isApproximate: boolean };

/** Half-day words as districts published them; their hours are a convention, so the range is approximate. */
const HALF_DAYS: Record<string, [number, number]> = {
  上午: [8 * 60, 12 * 60],
  下午: [12 * 60, 18 * 60],
  晚上: [18 * 60, 24 * 60],
  全天: [0, 24 * 60],
  morning: [8 * 60, 12 * 60],
  am: [8 * 60, 12 * 60],
  afternoon: [12 * 60, 18 * 60],
  pm: [12 * 60, 18 * 60],
  evening: [18 * 60, 24 * 60],
  allday: [0, 24 * 60],
};

// 10:00, 10：00, 10点, 10点30分, 10时30分, 9:5 is refused (minutes take two digits).
const CLOCK = String.raw`(\d{1,2})(?:[:：](\d{2})|[点時时](?:(\d{1,2})分?|半)?)`;
const RANGE = new RegExp(String.raw`^${CLOCK}\s*(?:-|－|—|–|~|～|〜|至|到|to)+\s*${CLOCK}$`, 'i');

function minuteOf(hour: string, colonMinute?: string, wordMinute?: string, whole = ''): number | undefined {
  const h = Number(hour);
  const m = Number(colonMinute ?? wordMinute ?? (whole.endsWith('半') ? 30 : 0));
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return undefined;
  return h * 60 + m;
}

/**
 * Reads a time-of-day range cell: "10:00-11:30", "10:00—11:30", "10点-11点半", or a half-day word ("上午" is
 * 08:00–12:00 and "下午" 12:00–18:00, marked approximate). A range whose end is before its start runs past
 * midnight (`endMinute` > 1440). Returns undefined for anything else.
 *
 * @example
 * readTimeRange('10:00—11:30') // → { startMinute: 600, endMinute: 690, isApproximate: false }
 * readTimeRange('下午') // → { startMinute: 720, endMinute: 1080, isApproximate: true }
 */
export function readTimeRange(cell: string): TimeRange | undefined {
  const text = cell.trim().replace(/\s+/g, ' ');
  const halfDay = HALF_DAYS[text.toLowerCase().replace(/[\s-]/g, '')];
  if (halfDay) return { startMinute: halfDay[0], endMinute: halfDay[1], isApproximate: true };
  const match = RANGE.exec(text);
  if (!match) return undefined;
  const clocks = text.split(/\s*(?:-|－|—|–|~|～|〜|至|到|to)+\s*/i);
  const start = minuteOf(match[1], match[2], match[3], clocks[0]);
  const end = minuteOf(match[4], match[5], match[6], clocks[1]);
  if (start === undefined || end === undefined) return undefined;
  return { startMinute: start, endMinute: end < start ? end + 24 * 60 : end, isApproximate: false };
}

/**
 * A date cell as `YYYY-MM-DD`: ISO, slashes or dots, or Chinese "2022年4月1日"; a time after the date is ignored.
 *
 * @example
 * readDateCell('2022年4月1日') // → '2022-04-01'
 */
export function readDateCell(cell: string): string | undefined {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT].*)?$/.exec(cell.trim());
  if (!match) return undefined;
  return `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
}

/**
 * A date-time cell normalised for `parseInstant`: Chinese dates and full-width colons become ISO-like.
 *
 * @example
 * normaliseDateTimeCell('2022年4月1日 10：30') // → '2022-04-01 10:30'
 */
export function normaliseDateTimeCell(cell: string): string {
  return cell
    .trim()
    .replace(/^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?/, (_, y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`)
    .replace(/：/g, ':');
}
