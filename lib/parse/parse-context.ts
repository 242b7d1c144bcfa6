import { isValidTimeZone, parseInstant } from '../time/parse-instant';
import { DEFAULT_MAX_GAP_MINUTES, fixesToParts, type Fix } from '../trajectory/fixes-to-parts';
import type { LngLat, Stay, TrajectoryPart } from '../trajectory/types';
import { TrajectoryParseError, type TrajectoryParseErrorDetails } from './parse-error';
import type { CaseTrackFormat, CommonParseOptions, ParsedTrajectory, TrajectoryFormat } from './types';

export const DEFAULT_MAX_POINTS = 1_000_000;
/** GPS was not in civilian use before this; earlier times are dead-battery clocks (GPSBabel writes 1901). */
export const EARLIEST_TIME = Date.UTC(1990, 0, 1);
const FUTURE_TOLERANCE_MS = 86_400_000;
const MAX_WARNINGS = 500;

const FORMAT_LABELS: Record<TrajectoryFormat | CaseTrackFormat, string> = {
  gpx: 'GPX',
  kml: 'KML',
  geojson: 'GeoJSON',
  csv: 'CSV',
  'google-location-history': 'Google location history',
  'geolife-plt': 'GeoLife PLT',
  'israel-moh-csv': 'Israel MoH CSV',
  'taiwan-g0v-geojson': 'Taiwan g0v GeoJSON',
};

/** Where a problem is: a 1-based line of the file, or a record named in words (`point 3 of track 1`). */
export type Where = { line: number } | { record: string };

/**
 * A run of fixes that were consecutive in the file (one GPX segment, one gx:Track, one CSV...). A continuous run
 * is a drawn line whose path is known between vertices (its times interpolated, or a published case line): it
 * stays one movement whatever the gaps, where a recorded run is split at gaps longer than `maxGapMinutes`.
 */
export type FixRun = {
  label: string;
  fixes: Fix[];
  place?: string;
  isContinuous?: boolean;
  /** Fixes gathered from several places in the file, whose order means nothing: sorted without a warning. */
  isOrderless?: boolean;
};

/** Checks and bookkeeping shared by every parser: one per parse call. Not exported from the package. */
export class ParseContext {
  readonly label: string;
  readonly timeZone: string;
  readonly maxGapMinutes: number;
  readonly now: number;
  readonly maxPoints: number;
  /** Published case data: bad records are skipped with a warning instead of failing the file. */
  readonly isTolerant: boolean;
  private readonly warningList: string[] = [];
  private suppressedWarnings = 0;
  private budget = 0;
  private offsetlessTimes = 0;
  private droppedCount = 0;
  private readonly isTimeZoneGiven: boolean;

  constructor(
    readonly format: TrajectoryFormat | CaseTrackFormat,
    options: CommonParseOptions,
    settings: { isTolerant?: boolean } = {},
  ) {
    this.label = FORMAT_LABELS[format];
    this.isTimeZoneGiven = options.timeZone !== undefined;
    this.timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!isValidTimeZone(this.timeZone)) {
      throw new TrajectoryParseError(
        format,
        `${this.label}: time zone "${this.timeZone}" is not an IANA zone name such as Asia/Shanghai`,
      );
    }
    this.maxGapMinutes = options.maxGapMinutes ?? DEFAULT_MAX_GAP_MINUTES;
    this.now = options.now ?? Date.now();
    this.maxPoints = options.maxPoints ?? DEFAULT_MAX_POINTS;
    this.isTolerant = settings.isTolerant ?? false;
  }

  describe(where: Where): string {
    return 'line' in where ? `${this.label} line ${where.line}` : `${this.label} ${where.record}`;
  }

  /** Throws a file-level error: `GPX: none of the 184 points has a time`. */
  fail(problem: string, details: TrajectoryParseErrorDetails = {}): never {
    throw new TrajectoryParseError(this.format, `${this.label}: ${problem}`, details);
  }

  /** Throws an error naming the line or record: `CSV line 7: latitude "abc" is not a number`. */
  failAt(where: Where, problem: string): never {
    throw new TrajectoryParseError(this.format, `${this.describe(where)}: ${problem}`, where);
  }

  warn(message: string): void {
    if (this.warningList.length < MAX_WARNINGS) this.warningList.push(message);
    else this.suppressedWarnings += 1;
  }

  /** Counts positions the file held but the trajectory does not (no time, a repeated time, a skipped record). */
  drop(count: number): void {
    this.droppedCount += count;
  }

  droppedPoints(): number {
    return this.droppedCount;
  }

  warnAt(where: Where, problem: string): void {
    this.warn(`${this.describe(where)}: ${problem}`);
  }

  /**
   * Runs `read` for one record. In tolerant mode a TrajectoryParseError becomes a warning and the record is
   * skipped (returns undefined); otherwise it propagates. The point budget is never tolerated.
   */
  record<T>(read: () => T): T | undefined {
    if (!this.isTolerant) return read();
    try {
      return read();
    } catch (error) {
      if (!(error instanceof TrajectoryParseError) || error instanceof PointBudgetError) throw error;
      this.warn(`${error.message}; skipped`);
      return undefined;
    }
  }

  /** Counts positions read so far; refuses the file past `maxPoints` so a huge upload fails fast. */
  spend(points = 1): void {
    this.budget += points;
    if (this.budget > this.maxPoints) {
      throw new PointBudgetError(
        this.format,
        `${this.label}: the file has more than ${this.maxPoints.toLocaleString('en-US')} points; split it into smaller files`,
      );
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
    return this.failAt(where, invalid(field, value, 'a number'));
  }

  /** A checked `[lng, lat]` from two JSON values (numbers only) or numbers parsed by `number()`. */
  lngLat(lng: unknown, lat: unknown, where: Where): LngLat {
    if (typeof lng !== 'number' || !Number.isFinite(lng)) this.failAt(where, invalid('longitude', lng, 'a number'));
    if (typeof lat !== 'number' || !Number.isFinite(lat)) this.failAt(where, invalid('latitude', lat, 'a number'));
    if (lng < -180 || lng > 180) this.failAt(where, `longitude ${lng} is outside [-180, 180]`);
    if (lat < -90 || lat > 90) this.failAt(where, `latitude ${lat} is outside [-90, 90]`);
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
        return this.failAt(where, invalid(field, value, 'a date-time'));
      }
    } else {
      return this.failAt(where, invalid(field, value, 'a date-time'));
    }
    return this.checkTime(time, value, field, where);
  }

  checkTime(time: number, raw: unknown, field: string, where: Where): number {
    if (!Number.isFinite(time)) this.failAt(where, invalid(field, raw, 'a date-time'));
    if (time < EARLIEST_TIME) this.failAt(where, `${field} ${quote(raw)} is before 1990; the device clock was not set`);
    if (time > this.now + FUTURE_TOLERANCE_MS) this.failAt(where, `${field} ${quote(raw)} is in the future`);
    return time;
  }

  /** A stay from start to end, refusing an end before the start. */
  stay(lngLat: LngLat, start: number, end: number, where: Where, place?: string): Stay {
    if (end < start) {
      this.failAt(where, `ends (${this.iso(end)}) before it starts (${this.iso(start)})`);
    }
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
          this.fail(`the times along ${run.label} go backwards`);
        }
        parts.push(continuousPart(run));
        continue;
      }
      const first = run.fixes[0].time;
      if (run.fixes.length >= 3 && run.fixes.every((fix) => fix.time === first)) {
        this.fail(
          `all ${run.fixes.length} points of ${run.label} have the same time ${this.iso(first)}; the timestamps are not real`,
        );
      }
      let fixes = run.fixes;
      if (fixes.some((fix, i) => i > 0 && fix.time < fixes[i - 1].time)) {
        // Array.prototype.sort is stable, so points with equal times keep their file order.
        fixes = [...fixes].sort((a, b) => a.time - b.time);
        if (!run.isOrderless) this.warn(`${this.label}: the points of ${run.label} were not in time order and have been sorted`);
      }
      const unique = fixes.filter((fix, i) => i === 0 || fix.time !== fixes[i - 1].time);
      if (unique.length < fixes.length && !run.isOrderless) {
        const dropped = fixes.length - unique.length;
        this.drop(dropped);
        this.warn(
          `${this.label}: ${dropped === 1 ? '1 point' : `${dropped} points`} of ${run.label} repeated an earlier time ` +
            `and ${dropped === 1 ? 'was' : 'were'} dropped`,
        );
      }
      parts.push(...fixesToParts(unique, { maxGapMinutes: this.maxGapMinutes, place: run.place }));
    }
    return parts.sort((a, b) => startOf(a) - startOf(b));
  }

  /** Final warnings, with a note about times read in the assumed zone and any warnings left out. */
  warnings(): string[] {
    const notes = [...this.warningList];
    if (this.suppressedWarnings > 0) notes.push(`${this.label}: ${this.suppressedWarnings} more warnings were left out`);
    if (this.offsetlessTimes > 0 && !this.isTimeZoneGiven) {
      notes.push(
        `${this.label}: ${plural(this.offsetlessTimes, 'time')} had no UTC offset and ${this.offsetlessTimes === 1 ? 'was' : 'were'} ` +
          `read as ${this.timeZone} time`,
      );
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
  const assumedTimeZone = context.assumedTimeZone();
  return {
    format,
    parts,
    warnings: context.warnings(),
    pointCount: countPoints(parts),
    droppedPoints: context.droppedPoints(),
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

/** `latitude "abc" is not a number`, or `latitude is missing` for an absent or empty value. */
function invalid(field: string, value: unknown, what: string): string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return `${field} is missing`;
  return `${field} ${quote(value)} is not ${what}`;
}

/**
 * A count with its noun.
 *
 * @example
 * plural(2, 'point') // → '2 points'
 */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
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
