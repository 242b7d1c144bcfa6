import { parseInstant } from '@/lib/time/parse-instant';
import { normalizeNotice } from './normalize-notice';
import { readClause, type Transport } from './read-clause';
import { readClauseTime, type DateContext, type LocalDay, type NoticeTime } from './read-times';

/** One thing a notice says the case did, with when (as far as the text says) and where (as written). */
export type NoticeEntry = {
  kind: 'visit' | 'movement' | 'event';
  /** The clause it was read from, normalised. */
  text: string;
  /** Whether the clause itself writes a date ("28日", "当天"); otherwise it carries the previous clause's day. */
  dateWritten: boolean;
  /** Undefined when no date was written before it: such an entry is listed, never placed in time. */
  time?: NoticeTime;
  /** The span as instants (ms): a whole day, a part of a day, or the minutes written. */
  start?: number;
  end?: number;
  /** A visit's place, as written. */
  place?: string;
  /** A movement's ends and transport, as written. */
  from?: string;
  to?: string;
  transport?: Transport;
};

export type ReadNoticeOptions = {
  /** The notice's publication day: year-less dates are the latest such day not after it (a week of slack). */
  published: LocalDay;
  /** The district's zone, in which the notice's wall times are read. */
  timeZone: string;
};

const pad = (n: number) => String(n).padStart(2, '0');

function wallInstant(day: LocalDay, minute: number, timeZone: string): number {
  const start = parseInstant(`${day.year}-${pad(day.month)}-${pad(day.day)}T00:00:00`, timeZone).time;
  return start + minute * 60_000;
}

/** The instants a notice time covers: a whole day when only the day is known. */
export function noticeTimeSpan(time: NoticeTime, timeZone: string): { start: number; end: number } {
  const start = wallInstant(time.startDay, time.startMinute ?? 0, timeZone);
  let end = wallInstant(time.endDay, time.endMinute ?? 24 * 60, timeZone);
  if (end < start) end = wallInstant(time.endDay, 24 * 60, timeZone);
  return { start, end };
}

/** Real clauses are well under this; longer runs without punctuation are cut so no clause costs more than a bounded amount of work. */
export const MAX_CLAUSE_LENGTH = 200;

/** Splits a notice into clauses at Chinese and Latin sentence and clause punctuation. */
export function splitClauses(text: string): string[] {
  return text
    .split(/[。；;,，\n]+/)
    .flatMap((c) => (c.length <= MAX_CLAUSE_LENGTH ? [c] : (c.match(new RegExp(`[^]{1,${MAX_CLAUSE_LENGTH}}`, 'g')) ?? [])))
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** Joins a clause that is only a date ("1月22日") to the clause after it, as notices often write "1月22日，乘坐…". */
function joinBareDates(clauses: string[]): string[] {
  const joined: string[] = [];
  for (const clause of clauses) {
    const previous = joined.at(-1);
    if (previous !== undefined && /^(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号](?:(?:凌晨|上午|中午|下午|傍晚|晚上|晚)?(?:\d{1,2}:\d{2}|\d{1,2}[时点](?:\d{1,2}分)?)?)?$/.test(previous)) {
      joined[joined.length - 1] = `${previous}${clause}`;
    } else {
      joined.push(clause);
    }
  }
  return joined;
}

/**
 * Reads a case notice (Chinese text as districts published it) into visits, movements and events with their
 * times. Nothing is invented: a time the text does not pin down is a span marked approximate, a clause before any
 * date has no time, and places are kept as written for the gazetteer to match.
 *
 * @example
 * readNotice('1月19日11:00在武汉武昌站乘坐K799火车前往汕头，1月20日10:00到达汕头站', { published: { year: 2020, month: 2, day: 5 }, timeZone: 'Asia/Shanghai' })
 * // → [{ kind: 'movement', from: '武汉武昌站', to: '汕头', transport: { mode: 'train', number: 'K799' }, … }, { kind: 'visit', place: '汕头站', … }]
 */
export function readNotice(text: string, options: ReadNoticeOptions): NoticeEntry[] {
  const entries: NoticeEntry[] = [];
  let context: DateContext;
  for (const clause of joinBareDates(splitClauses(normalizeNotice(text)))) {
    const when = readClauseTime(clause, context, options.published);
    if (when?.hasOwnDate) context = { day: when.time.endDay };
    const reading = readClause(clause);
    const entry: NoticeEntry = { kind: reading.kind, text: clause, dateWritten: Boolean(when?.hasOwnDate) };
    if (when) {
      entry.time = when.time;
      const span = noticeTimeSpan(when.time, options.timeZone);
      entry.start = span.start;
      entry.end = span.end;
    }
    if (reading.kind === 'visit') entry.place = reading.place;
    if (reading.kind === 'movement') {
      if (reading.from) entry.from = reading.from;
      if (reading.to) entry.to = reading.to;
      if (reading.transport) entry.transport = reading.transport;
    }
    entries.push(entry);
  }
  return narrowOpenEnds(entries);
}

/** An entry whose end was not written ends no later than the next entry that starts later the same day. */
function narrowOpenEnds(entries: NoticeEntry[]): NoticeEntry[] {
  return entries.map((entry, i) => {
    if (entry.time?.endMinute !== undefined || entry.start === undefined || entry.end === undefined) return entry;
    const next = entries.slice(i + 1).find((e) => e.start !== undefined && e.start > entry.start!);
    return next?.start !== undefined && next.start < entry.end ? { ...entry, end: next.start } : entry;
  });
}
