/** A local calendar day. */
export type LocalDay = { year: number; month: number; day: number };

/** What the reader knows of when something happened, in the district's wall time. */
export type NoticeTime = {
  startDay: LocalDay;
  endDay: LocalDay;
  /** Minutes after local midnight; undefined when only the day is known (the whole day is the span). */
  startMinute?: number;
  endMinute?: number;
  /** The text did not pin the time to the minute: a whole day, a part of the day, "许"/"左右", an open end. */
  isApproximate: boolean;
};

/** The date a clause carries forward to the clauses after it. */
export type DateContext = { day: LocalDay } | undefined;

const PARTS_OF_DAY: { words: string[]; from: number; to: number; pm: boolean }[] = [
  { words: ['凌晨'], from: 0, to: 6 * 60, pm: false },
  { words: ['清晨', '早晨', '早上'], from: 6 * 60, to: 9 * 60, pm: false },
  { words: ['上午'], from: 8 * 60, to: 12 * 60, pm: false },
  { words: ['中午'], from: 11 * 60, to: 13 * 60, pm: false },
  { words: ['下午', '午后'], from: 12 * 60, to: 18 * 60, pm: true },
  { words: ['傍晚'], from: 17 * 60, to: 19 * 60, pm: true },
  { words: ['晚上', '夜间', '夜里', '当晚', '晚间', '晚'], from: 18 * 60, to: 24 * 60, pm: true },
];

const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** '12' → 12, '十二' → 12, '二十三' → 23, '三十一' → 31. */
export function readNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十]+$/.test(text)) return undefined;
  if (!text.includes('十')) return text.length === 1 ? CHINESE_DIGITS[text] : undefined;
  const [tens, ones] = text.split('十');
  return (tens ? CHINESE_DIGITS[tens] : 1) * 10 + (ones ? CHINESE_DIGITS[ones] : 0);
}

const NUM = '(\\d{1,4}|[零〇一二两三四五六七八九十]{1,3})';

/** Year-less dates are read as the latest such date not after the notice's publication (plus a week of slack). */
function resolveYear(month: number, day: number, published: LocalDay): number {
  const slackDays = 7;
  const candidate = Date.UTC(published.year, month - 1, day);
  const limit = Date.UTC(published.year, published.month - 1, published.day + slackDays);
  return candidate > limit ? published.year - 1 : published.year;
}

const dayValue = (d: LocalDay) => Date.UTC(d.year, d.month - 1, d.day);

export function addDays(day: LocalDay, days: number): LocalDay {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function isRealDay(day: LocalDay): boolean {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day));
  return day.month >= 1 && day.month <= 12 && d.getUTCMonth() === day.month - 1 && d.getUTCDate() === day.day;
}

/** A day given by its day-of-month only follows the context's month, or the next month when it is earlier. */
function dayOnly(dayOfMonth: number, context: DateContext, published: LocalDay): LocalDay {
  const base = context?.day ?? published;
  let candidate: LocalDay = { year: base.year, month: base.month, day: dayOfMonth };
  // Notices mostly run forward, so a smaller day is next month's ("1月31日…2日") — unless it is only a few days
  // back, where notices step back to say when symptoms began ("27日回深圳，25日发病").
  const isWellBack = context !== undefined && context.day.day - dayOfMonth > 10;
  if (isWellBack) candidate = { ...addDays({ ...base, day: 1 }, 32), day: dayOfMonth };
  if (!context && Date.UTC(candidate.year, candidate.month - 1, candidate.day) > Date.UTC(published.year, published.month - 1, published.day + 7)) {
    candidate = { ...addDays({ ...base, day: 1 }, -1), day: dayOfMonth };
  }
  return candidate;
}

type DateMatch = { index: number; length: number; start: LocalDay; end: LocalDay };

const FULL_DATE = new RegExp(`(?:(\\d{4})年)?${NUM}月${NUM}[日号]`, 'g');
/** "1月17-19日": a range whose first day has no 日 of its own. */
const SHORT_RANGE = new RegExp(`(?:(\\d{4})年)?${NUM}月${NUM}(?:-|至|到)${NUM}[日号]`, 'g');
const DAY_ONLY = new RegExp(`(?<![月\\d零〇一二两三四五六七八九十])${NUM}[日号](?![本])`, 'g');
const RANGE_TAIL = new RegExp(`^(?:-|至|到|~)(?:(?:(\\d{4})年)?${NUM}月)?${NUM}[日号]`);
const RELATIVE: Record<string, number> = { 当天: 0, 当日: 0, 同日: 0, 同天: 0, 次日: 1, 第二天: 1, 翌日: 1, 隔天: 1, 前一天: -1, 前一日: -1 };

/**
 * The first date (or date range) in a clause, resolved against the date context and the publication date.
 *
 * @example
 * readDate('28日13:27抵达香港机场', { day: { year: 2020, month: 1, day: 27 } }, { year: 2020, month: 2, day: 3 })
 * // → { index: 0, length: 3, start: { year: 2020, month: 1, day: 28 }, end: … same }
 */
export function readDate(clause: string, context: DateContext, published: LocalDay): DateMatch | undefined {
  const matches: DateMatch[] = [];
  for (const m of clause.matchAll(SHORT_RANGE)) {
    const [month, from, to] = [readNumber(m[2]), readNumber(m[3]), readNumber(m[4])];
    if (month === undefined || from === undefined || to === undefined || to < from) continue;
    const year = m[1] ? Number(m[1]) : resolveYear(month, from, published);
    matches.push({ index: m.index, length: m[0].length, start: { year, month, day: from }, end: { year, month, day: to } });
  }
  for (const m of clause.matchAll(FULL_DATE)) {
    if (matches.some((x) => m.index >= x.index && m.index < x.index + x.length)) continue;
    const month = readNumber(m[2]);
    const dayOfMonth = readNumber(m[3]);
    if (month === undefined || dayOfMonth === undefined) continue;
    const year = m[1] ? Number(m[1]) : resolveYear(month, dayOfMonth, published);
    matches.push({ index: m.index, length: m[0].length, start: { year, month, day: dayOfMonth }, end: { year, month, day: dayOfMonth } });
  }
  for (const m of clause.matchAll(DAY_ONLY)) {
    if (matches.some((x) => m.index >= x.index && m.index < x.index + x.length)) continue;
    const dayOfMonth = readNumber(m[1]);
    if (dayOfMonth === undefined || dayOfMonth < 1 || dayOfMonth > 31) continue;
    const day = dayOnly(dayOfMonth, context, published);
    matches.push({ index: m.index, length: m[0].length, start: day, end: day });
  }
  for (const [word, offset] of Object.entries(RELATIVE)) {
    const index = clause.indexOf(word);
    if (index >= 0 && context) matches.push({ index, length: word.length, start: addDays(context.day, offset), end: addDays(context.day, offset) });
  }
  matches.sort((a, b) => a.index - b.index);
  const first = matches.find((m) => isRealDay(m.start) && isRealDay(m.end));
  if (!first) return undefined;
  // "3月23日…于24日抵达": a later day further on in the same clause is when it ended.
  const later = matches.find((m) => m.index > first.index + first.length - 1 && isRealDay(m.end) && dayValue(m.end) > dayValue(first.end) && dayValue(m.end) - dayValue(first.end) <= 7 * 86_400_000);
  if (later && first.start === first.end) return { ...first, end: later.end };
  const tail = RANGE_TAIL.exec(clause.slice(first.index + first.length));
  if (tail) {
    const month = tail[3] !== undefined && tail[2] !== undefined ? readNumber(tail[2]) : first.start.month;
    const dayOfMonth = readNumber(tail[3] ?? tail[2]);
    if (month !== undefined && dayOfMonth !== undefined) {
      let end: LocalDay = { year: tail[1] ? Number(tail[1]) : first.start.year, month, day: dayOfMonth };
      if (Date.UTC(end.year, end.month - 1, end.day) < Date.UTC(first.start.year, first.start.month - 1, first.start.day)) {
        end = month === first.start.month ? { ...addDays({ ...first.start, day: 1 }, 32), day: dayOfMonth } : { ...end, year: end.year + 1 };
      }
      if (isRealDay(end)) return { ...first, length: first.length + tail[0].length, end };
    }
  }
  return first;
}

type ClockMatch = { index: number; length: number; minute: number; isApproximate: boolean };

const CLOCK = new RegExp(
  `(凌晨|清晨|早晨|早上|上午|中午|下午|午后|傍晚|晚上|夜间|夜里|当晚|晚间|晚)?(?:(\\d{1,2}):(\\d{2})|${NUM}[时点](?:(半)|${NUM}分|(\\d{2})(?!\\d))?(许|左右|前后|多)?)`,
  'g',
);

function partOfDay(word: string | undefined) {
  return word ? PARTS_OF_DAY.find((p) => p.words.includes(word)) : undefined;
}

/** Clock times in a clause ("13:27", "19时06分", "晚上7点", "8时许"), in order. */
export function readClocks(clause: string): ClockMatch[] {
  const clocks: ClockMatch[] = [];
  for (const m of clause.matchAll(CLOCK)) {
    const [, part, hh, mm, h2, half, m2, m3, vague] = m;
    let hour = readNumber(hh ?? h2 ?? '');
    if (hour === undefined || hour > 24) continue;
    const minute = hh !== undefined ? Number(mm) : half ? 30 : m2 !== undefined ? (readNumber(m2) ?? NaN) : m3 !== undefined ? Number(m3) : 0;
    if (!(minute >= 0 && minute < 60)) continue;
    const p = partOfDay(part);
    if (p?.pm && hour < 12) hour += 12;
    if (hour === 24) hour = 0;
    // "13时" alone is to the hour; only "许/左右" and bare hours written as 点/时 without minutes are vague.
    const isApproximate = Boolean(vague);
    clocks.push({ index: m.index, length: m[0].length, minute: hour * 60 + minute, isApproximate });
  }
  return clocks;
}

/** Part-of-day words not attached to a clock ("上午", "晚上"), as spans. */
export function readPartOfDay(clause: string): { from: number; to: number } | undefined {
  const stripped = clause.replace(CLOCK, (whole, part: string | undefined) => (part && whole.length > part.length ? '' : whole));
  for (const p of PARTS_OF_DAY) {
    if (p.words.some((w) => stripped.includes(w))) return { from: p.from, to: p.to };
  }
  return undefined;
}

/**
 * When a clause says something happened: its date (or the context's), and its clock time, range or part of day.
 * Returns undefined when there is neither a date in the clause nor one in context.
 */
export function readClauseTime(clause: string, context: DateContext, published: LocalDay): { time: NoticeTime; hasOwnDate: boolean } | undefined {
  const date = readDate(clause, context, published);
  const day = date?.start ?? context?.day;
  if (!day) return undefined;
  const endDay = date?.end ?? day;
  const clocks = readClocks(clause);
  const isRangeBetween = (a: ClockMatch, b: ClockMatch) => /^(?:-|至|到|~)$/.test(clause.slice(a.index + a.length, b.index).replace(/\s/g, ''));
  if (clocks.length >= 2 && isRangeBetween(clocks[0], clocks[1])) {
    let endMinute = clocks[1].minute;
    // "晚上7点至9点": the second clock inherits the first's afternoon.
    if (endMinute < clocks[0].minute && endMinute + 720 >= clocks[0].minute && endMinute < 720) endMinute += 720;
    return {
      time: { startDay: day, endDay, startMinute: clocks[0].minute, endMinute, isApproximate: clocks[0].isApproximate || clocks[1].isApproximate },
      hasOwnDate: Boolean(date),
    };
  }
  if (clocks.length >= 1) {
    // One clock time is when it began ("10:00到达…"): the end is not written, so the span runs open to the day's
    // end (the reader narrows it to the next entry's start) and is approximate. "许/左右" widen the start too.
    const c = clocks[0];
    return {
      time: { startDay: day, endDay, startMinute: Math.max(0, c.minute - (c.isApproximate ? 30 : 0)), isApproximate: true },
      hasOwnDate: Boolean(date),
    };
  }
  const part = readPartOfDay(clause);
  if (part) return { time: { startDay: day, endDay, startMinute: part.from, endMinute: part.to, isApproximate: true }, hasOwnDate: Boolean(date) };
  return { time: { startDay: day, endDay, isApproximate: true }, hasOwnDate: Boolean(date) };
}
