import { isValidTimeZone, parseInstant } from '../time/parse-instant';
import { DEFAULT_MAX_GAP_MINUTES, fixesToParts, type Fix } from '../trajectory/fixes-to-parts';
import type { LngLat, Stay, TrajectoryPart } from '../trajectory/types';
import type { ErrorParams, LocalizedText } from '../errors/app-error';
import type { ErrorCode } from '../errors/catalogue';
import type { ParseWarningCode } from '../errors/codes-parse-warnings';
import { renderError } from '../errors/render-error';
import { formatLabel, placeLabel, recordLabel, TrajectoryParseError, type RecordStep, type TrajectoryParseErrorDetails } from './parse-error';
import type { CaseTrackFormat, CommonParseOptions, ParsedTrajectory, ParseWarning, SkippedRecords, TrajectoryFormat } from './types';

export const DEFAULT_MAX_POINTS = 1_000_000;
/** GPS was not in civilian use before this; earlier times are dead-battery clocks (GPSBabel writes 1901). */
export const EARLIEST_TIME = Date.UTC(1990, 0, 1);
const FUTURE_TOLERANCE_MS = 86_400_000;
const MAX_WARNINGS = 500;
/**
 * A resident's file is checked without its unreadable records only while they are at most a tenth of it. More
 * than that, the file is mostly not what its format says (a shifted column, another date style): checking the
 * rest would quietly leave out much of the trip, where the first error tells the resident what to fix.
 */
export const MAX_SKIPPED_SHARE = 0.1;

/** Where a problem is: a 1-based line of the file, or a record path (track 1 → point 3, all 1-based). */
export type Where = { line: number } | { record: readonly RecordStep[] };

/**
 * A run of fixes that were consecutive in the file (one GPX segment, one gx:Track, one CSV...). A continuous run
 * is a drawn line whose path is known between vertices (its times interpolated, or a published case line): it
 * stays one movement whatever the gaps, where a recorded run is split at gaps longer than `maxGapMinutes`.
 */
export type FixRun = {
  label: readonly RecordStep[];
  fixes: Fix[];
  place?: string;
  isContinuous?: boolean;
  /** Fixes gathered from several places in the file, whose order means nothing: sorted without a warning. */
  isOrderless?: boolean;
};

/**
 * The context settings of a resident's trajectory parser: unreadable records are skipped unless the caller (the
 * case-track import) asks for the whole file to be refused.
 *
 * @example
 * new ParseContext('gpx', options, residentSettings(options))
 */
export function residentSettings(options: CommonParseOptions): { skipsUnreadable: boolean } {
  return { skipsUnreadable: options.skipUnreadable ?? true };
}

/** Checks and bookkeeping shared by every parser: one per parse call. Not exported from the package. */
export class ParseContext {
  readonly timeZone: string;
  readonly maxGapMinutes: number;
  readonly now: number;
  readonly maxPoints: number;
  /** Published case data: bad records are skipped with a warning instead of failing the file. */
  readonly isTolerant: boolean;
  /** A resident's file: bad records are skipped and counted while the rest is usable (see `settleSkipped`). */
  readonly skipsUnreadable: boolean;
  private recordCount = 0;
  private skippedCount = 0;
  private firstSkipped: TrajectoryParseError | undefined;
  private readonly warningList: ParseWarning[] = [];
  private suppressedWarnings = 0;
  private budget = 0;
  private offsetlessTimes = 0;
  private droppedCount = 0;
  private readonly isTimeZoneGiven: boolean;

  constructor(
    readonly format: TrajectoryFormat | CaseTrackFormat,
    options: CommonParseOptions,
    settings: { isTolerant?: boolean; skipsUnreadable?: boolean } = {},
  ) {
    this.isTimeZoneGiven = options.timeZone !== undefined;
    this.timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!isValidTimeZone(this.timeZone)) {
      throw new TrajectoryParseError(format, 'parse.time-zone-invalid', { zone: this.timeZone });
    }
    this.maxGapMinutes = options.maxGapMinutes ?? DEFAULT_MAX_GAP_MINUTES;
    this.now = options.now ?? Date.now();
    this.maxPoints = options.maxPoints ?? DEFAULT_MAX_POINTS;
    this.isTolerant = settings.isTolerant ?? false;
    this.skipsUnreadable = !this.isTolerant && (settings.skipsUnreadable ?? false);
  }

  /** Throws a file-level error (`GPX: none of the 184 points has a time`); `details.line` is reported, not named. */
  fail(code: ErrorCode, params: ErrorParams = {}, details: TrajectoryParseErrorDetails = {}): never {
    throw new TrajectoryParseError(this.format, code, { at: formatLabel(this.format), ...params }, details, this.timeZone);
  }

  /** Throws an error naming the line or record: `CSV line 7: latitude "abc" is not a number`. */
  failAt(where: Where, code: ErrorCode, params: ErrorParams = {}): never {
    throw new TrajectoryParseError(this.format, code, params, where, this.timeZone);
  }

  /** Notes a coded warning about the whole file; `at` (the format, in both languages) is added unless given. */
  warn(code: ParseWarningCode, params: ErrorParams = {}): void {
    if (this.warningList.length < MAX_WARNINGS) this.warningList.push({ code, params: { at: formatLabel(this.format), ...params } });
    else this.suppressedWarnings += 1;
  }

  /** Counts positions the file held but the trajectory does not (no time, a repeated time, a skipped record). */
  drop(count: number): void {
    this.droppedCount += count;
  }

  droppedPoints(): number {
    return this.droppedCount;
  }

  /** Notes a coded warning about one line or record (`CSV line 7`, `GPX track 1 point 3`). */
  warnAt(where: Where, code: ParseWarningCode, params: ErrorParams = {}): void {
    this.warn(code, { at: placeLabel(this.format, where), ...params });
  }

  /**
   * Runs `read` for one record (a feature, a row, a point, a placemark). A TrajectoryParseError skips the record
   * (returns undefined): in tolerant mode with a warning, in a resident's file counted for `settleSkipped`;
   * otherwise it propagates. The point budget is never skipped.
   */
  record<T>(read: () => T): T | undefined {
    this.recordCount += 1;
    if (!this.isTolerant && !this.skipsUnreadable) return read();
    try {
      return read();
    } catch (error) {
      if (!(error instanceof TrajectoryParseError) || error instanceof PointBudgetError) throw error;
      if (this.isTolerant) this.warn('parse.warning-record-skipped', { reason: this.errorText(error) });
      else {
        this.skippedCount += 1;
        this.firstSkipped ??= error;
      }
      return undefined;
    }
  }

  /**
   * Refuses a resident's file whose unreadable records leave nothing (the first record's own error) or too little
   * (more than `MAX_SKIPPED_SHARE`: `parse.too-many-unreadable` quoting the first, or the first's own error when
   * it is the only one) to check; otherwise the records stay skipped and counted. Call before a parser's own "nothing left"
   * errors, so the resident hears what was wrong with the records rather than that none was usable.
   */
  settleSkipped(isNothingLeft: boolean): void {
    const first = this.firstSkipped;
    if (first === undefined) return;
    const isTooMany = this.skippedCount > this.recordCount * MAX_SKIPPED_SHARE;
    // One bad record of a short file: its own error says all there is to say.
    if (isNothingLeft || (isTooMany && this.skippedCount === 1)) throw first;
    if (isTooMany) {
      this.fail(
        'parse.too-many-unreadable',
        { count: this.skippedCount, total: this.recordCount, first: this.errorText(first) },
        { ...(first.line === undefined ? {} : { line: first.line }) },
      );
    }
  }

  /** The skipped records of a resident's file: how many, of how many, and the first one's error (code and parameters). */
  skippedRecords(): SkippedRecords | undefined {
    const first = this.firstSkipped;
    if (first === undefined) return undefined;
    return { count: this.skippedCount, total: this.recordCount, first: { code: first.code, params: first.params } };
  }

  /** A record's error in both languages, for a message that quotes it. */
  private errorText(error: TrajectoryParseError): LocalizedText {
    return { 'zh-CN': renderError('zh-CN', error.code, error.params, this.timeZone), en: renderError('en', error.code, error.params, this.timeZone) };
  }

  /** Counts positions read so far; refuses the file past `maxPoints` so a huge upload fails fast. */
  spend(points = 1): void {
    this.budget += points;
    if (this.budget > this.maxPoints) {
      throw new PointBudgetError(this.format, 'parse.too-many-points', { max: this.maxPoints.toLocaleString('en-US') });
    }
  }

  /** A number from a text cell: plain decimal notation only, so `"12abc"` and `""` are refused. */
  number(value: unknown, field: string, where: Where): number {
    if (typeof value === 'number') return value;
    if (
      typeof value === 'string' &&
      /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(value) &&
      Number.isFinite(Number(value))
    ) {
      return Number(value);
    }
    return this.invalid(where, field, value, 'parse.not-a-number');
  }

  /** A checked `[lng, lat]` from two JSON values (numbers only) or numbers parsed by `number()`. */
  lngLat(lng: unknown, lat: unknown, where: Where): LngLat {
    if (typeof lng !== 'number' || !Number.isFinite(lng)) this.invalid(where, 'longitude', lng, 'parse.not-a-number');
    if (typeof lat !== 'number' || !Number.isFinite(lat)) this.invalid(where, 'latitude', lat, 'parse.not-a-number');
    if (lng < -180 || lng > 180) this.failAt(where, 'parse.longitude-out-of-range', { value: lng });
    if (lat < -90 || lat > 90) this.failAt(where, 'parse.latitude-out-of-range', { value: lat });
    return [lng, lat];
  }

  /**
   * A checked instant from a date-time string (offset or wall time in the zone), or from epoch digits:
   * 12–13 digits are milliseconds, 9–11 digits are seconds.
   */
  instant(value: unknown, field: string, where: Where): number {
    let time: number;
    if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d{9,13}\s*$/.test(value))) {
      const n = Number(value);
      time = String(Math.trunc(Math.abs(n))).length >= 12 ? n : n * 1000;
    } else if (typeof value === 'string') {
      try {
        const parsed = parseInstant(value, this.timeZone);
        if (!parsed.hadOffset) this.offsetlessTimes += 1;
        time = parsed.time;
      } catch {
        return this.invalid(where, field, value, 'parse.not-a-date-time');
      }
    } else {
      return this.invalid(where, field, value, 'parse.not-a-date-time');
    }
    return this.checkTime(time, value, field, where);
  }

  checkTime(time: number, raw: unknown, field: string, where: Where): number {
    if (!Number.isFinite(time)) this.invalid(where, field, raw, 'parse.not-a-date-time');
    if (time < EARLIEST_TIME) this.failAt(where, 'parse.time-before-1990', { field, value: quote(raw) });
    if (time > this.now + FUTURE_TOLERANCE_MS) this.failAt(where, 'parse.time-in-future', { field, value: quote(raw) });
    return time;
  }

  /** Throws `latitude "abc" is not a number`, or `latitude is missing` for an absent or empty value. */
  invalid(where: Where, field: string, value: unknown, code: 'parse.not-a-number' | 'parse.not-a-date-time'): never {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      return this.failAt(where, 'parse.value-missing', { field });
    }
    return this.failAt(where, code, { field, value: quote(value) });
  }

  /** Throws the error for a visit or movement that ends before it starts, with both times in the file's zone. */
  endsBeforeStart(where: Where, start: number, end: number): never {
    return this.failAt(where, 'parse.ends-before-start', { start: { instant: start }, end: { instant: end } });
  }

  /** A stay from start to end, refusing an end before the start. */
  stay(lngLat: LngLat, start: number, end: number, where: Where, place?: string): Stay {
    if (end < start) this.endsBeforeStart(where, start, end);
    const stay: Stay = { kind: 'stay', lngLat, start, end };
    return place ? { ...stay, place } : stay;
  }

  iso(time: number): string {
    return new Date(time).toISOString();
  }

  /**
   * Turns runs of fixes into movements (sorting unordered runs and dropping repeated times, with a warning),
   * adds the stays, and orders everything by start time.
   */
  assemble(runs: readonly FixRun[], stays: readonly Stay[]): TrajectoryPart[] {
    const parts: TrajectoryPart[] = [...stays];
    for (const run of runs) {
      if (run.fixes.length === 0) continue;
      if (run.isContinuous) {
        if (run.fixes.some((fix, i) => i > 0 && fix.time < run.fixes[i - 1].time)) {
          this.fail('parse.times-go-backwards', { run: recordLabel(run.label) });
        }
        parts.push(continuousPart(run));
        continue;
      }
      const first = run.fixes[0].time;
      if (run.fixes.length >= 3 && run.fixes.every((fix) => fix.time === first)) {
        this.fail('parse.times-all-equal', { count: run.fixes.length, run: recordLabel(run.label), time: { instant: first } });
      }
      let fixes = run.fixes;
      if (fixes.some((fix, i) => i > 0 && fix.time < fixes[i - 1].time)) {
        // Array.prototype.sort is stable, so points with equal times keep their file order.
        fixes = [...fixes].sort((a, b) => a.time - b.time);
        if (!run.isOrderless) this.warn('parse.warning-points-sorted', { run: recordLabel(run.label) });
      }
      const unique = fixes.filter((fix, i) => i === 0 || fix.time !== fixes[i - 1].time);
      if (unique.length < fixes.length && !run.isOrderless) {
        const dropped = fixes.length - unique.length;
        this.drop(dropped);
        this.warn('parse.warning-repeated-times', { count: dropped, total: fixes.length, run: recordLabel(run.label) });
      }
      parts.push(...fixesToParts(unique, { maxGapMinutes: this.maxGapMinutes, place: run.place }));
    }
    return parts.sort((a, b) => startOf(a) - startOf(b));
  }

  /** Final warnings, with notes about skipped records, times read in the assumed zone and any warnings left out. */
  warnings(): ParseWarning[] {
    const at = formatLabel(this.format);
    const notes = [...this.warningList];
    if (this.firstSkipped !== undefined) {
      notes.push({ code: 'parse.warning-records-unreadable', params: { at, count: this.skippedCount, total: this.recordCount, first: this.errorText(this.firstSkipped) } });
    }
    if (this.suppressedWarnings > 0) notes.push({ code: 'parse.warning-more-left-out', params: { at, count: this.suppressedWarnings } });
    if (this.offsetlessTimes > 0 && !this.isTimeZoneGiven) {
      notes.push({ code: 'parse.warning-time-zone-assumed', params: { at, count: this.offsetlessTimes, zone: this.timeZone } });
    }
    return notes;
  }

  /** The zone used for times without an offset, if any were met. */
  assumedTimeZone(): string | undefined {
    return this.offsetlessTimes > 0 ? this.timeZone : undefined;
  }
}

function continuousPart(run: FixRun): TrajectoryPart {
  const times = run.fixes.map((fix) => fix.time);
  const place = run.place ? { place: run.place } : {};
  if (run.fixes.length === 1) {
    const [only] = run.fixes;
    return { kind: 'stay', lngLat: [...only.lngLat], start: only.time, end: only.time, ...place };
  }
  return { kind: 'movement', lngLats: run.fixes.map((fix) => [...fix.lngLat] as LngLat), times, ...place };
}

/** Exceeding `maxPoints` ends the parse even where bad records are otherwise skipped. */
class PointBudgetError extends TrajectoryParseError {}

/**
 * The result every trajectory parser returns.
 *
 * @example
 * return toParsedTrajectory('gpx', context, context.assemble(runs, stays));
 */
export function toParsedTrajectory(format: TrajectoryFormat, context: ParseContext, parts: TrajectoryPart[]): ParsedTrajectory {
  context.settleSkipped(parts.length === 0);
  const assumedTimeZone = context.assumedTimeZone();
  const skippedRecords = context.skippedRecords();
  return {
    format,
    parts,
    warnings: context.warnings(),
    pointCount: countPoints(parts),
    droppedPoints: context.droppedPoints(),
    ...(skippedRecords ? { skippedRecords } : {}),
    ...(assumedTimeZone ? { assumedTimeZone } : {}),
  };
}

/**
 * Timed positions in parts: one per stay, one per movement vertex.
 *
 * @example
 * countPoints([{ kind: 'stay', lngLat: [121.5, 25], start: 0, end: 0 }]) // → 1
 */
export function countPoints(parts: readonly TrajectoryPart[]): number {
  return parts.reduce((sum, part) => sum + (part.kind === 'stay' ? 1 : part.lngLats.length), 0);
}

function startOf(part: TrajectoryPart): number {
  return part.kind === 'stay' ? part.start : part.times[0];
}

/**
 * A value quoted for a message, cut short so a megabyte of garbage does not become the message.
 *
 * @example
 * quote('abc') // → '"abc"'
 */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : safeStringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function safeStringify(value: unknown): string {
  if (typeof value === 'number') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // JSON.stringify recurses: a value nested a million deep overflows the stack.
    return '(a deeply nested value)';
  }
}
