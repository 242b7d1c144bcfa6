import { parseTrajectoryFile } from '@/lib/parse/parse-trajectory';
import { TrajectoryParseError } from '@/lib/parse/parse-error';
import type { ParsedTrajectory } from '@/lib/parse/types';
import { PRESET_NAMES, resolveRule, ruleInputSchema, type OverlapRule, type PresetName } from '@/lib/overlap/rule';
import type { TrajectoryPart } from '@/lib/trajectory/types';

/** Limits of one check: a resident's two weeks fit with room to spare; a city's worth of GPS does not. */
export const CHECK_LIMITS = {
  maxBodyBytes: 20 * 1024 * 1024,
  maxPoints: 200_000,
  maxSpanDays: 60,
};

/** A problem with the request, with the HTTP status that says whose it is. */
export class CheckInputError extends Error {
  constructor(
    readonly status: 400 | 413 | 422,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'CheckInputError';
  }
}

export type CheckTrajectorySource = { kind: 'geojson'; value: unknown } | { kind: 'file'; text: string; fileName?: string };

const partTimes = (part: TrajectoryPart): [number, number] =>
  part.kind === 'stay' ? [part.start, part.end] : [part.times[0], part.times[part.times.length - 1]];

/** First and last instant of a trajectory. */
export function trajectorySpan(parts: readonly TrajectoryPart[]): { from: number; to: number } {
  let from = Infinity;
  let to = -Infinity;
  for (const part of parts) {
    const [a, b] = partTimes(part);
    from = Math.min(from, a);
    to = Math.max(to, b);
  }
  return { from, to };
}

/**
 * Parses the resident's trajectory (a GeoJSON object or an uploaded file in any supported format) and
 * enforces the check's limits. Throws CheckInputError: 422 for an unreadable trajectory (naming the
 * line or record), 413 for one too large.
 *
 * @example
 * readCheckTrajectory({ kind: 'file', text: gpxText, fileName: 'day.gpx' }, { timeZone: 'Asia/Shanghai' })
 */
export function readCheckTrajectory(
  source: CheckTrajectorySource,
  options: { timeZone: string; maxGapMinutes?: number; now?: number; limits?: typeof CHECK_LIMITS },
): ParsedTrajectory {
  const limits = options.limits ?? CHECK_LIMITS;
  let parsed: ParsedTrajectory;
  try {
    parsed =
      source.kind === 'geojson'
        ? parseTrajectoryFile(JSON.stringify(source.value), { format: 'geojson', timeZone: options.timeZone, maxGapMinutes: options.maxGapMinutes, now: options.now, maxPoints: limits.maxPoints })
        : parseTrajectoryFile(source.text, { fileName: source.fileName, timeZone: options.timeZone, maxGapMinutes: options.maxGapMinutes, now: options.now, maxPoints: limits.maxPoints });
  } catch (error) {
    if (error instanceof TrajectoryParseError) {
      const isTooLarge = /more than|too many/i.test(error.message) && /point|position/i.test(error.message);
      throw new CheckInputError(isTooLarge ? 413 : 422, error.message, { format: error.format, line: error.line, record: error.record });
    }
    throw error;
  }
  if (parsed.parts.length === 0) throw new CheckInputError(422, 'The trajectory has no timed positions.');
  if (parsed.pointCount > limits.maxPoints) {
    throw new CheckInputError(413, `The trajectory has ${parsed.pointCount} points; a check takes at most ${limits.maxPoints}.`);
  }
  const span = trajectorySpan(parsed.parts);
  const spanDays = (span.to - span.from) / 86_400_000;
  if (spanDays > limits.maxSpanDays) {
    throw new CheckInputError(
      422,
      `The trajectory spans ${spanDays.toFixed(1)} days (${new Date(span.from).toISOString()} to ${new Date(span.to).toISOString()}); a check covers at most ${limits.maxSpanDays} days. Split the file.`,
    );
  }
  return parsed;
}

const [presetSchema, parametersSchema] = ruleInputSchema.options;

/**
 * Reads the `rule` field: explicit parameters, `{ preset }`, or nothing (the default rule).
 * Throws CheckInputError 400 naming the field at fault.
 *
 * @example
 * readRule({ preset: 'same-place' }) // → { rule: { mode: 'distance', distanceMeters: 50, … }, preset: 'same-place' }
 */
export function readRule(value: unknown): { rule: OverlapRule; preset?: PresetName } {
  const hint = `Use { "preset": "${PRESET_NAMES.join('" | "')}" } or { distanceMeters, toleranceMinutes, minOverlapMinutes }.`;
  if (value === undefined || value === null) return { rule: resolveRule() };
  if (typeof value !== 'object' || Array.isArray(value)) throw new CheckInputError(400, `Invalid rule: it must be an object. ${hint}`);
  // Validate against the branch the client meant, so the message names the field at fault.
  const parsed = ('preset' in value ? presetSchema : parametersSchema).safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = ['rule', ...issue.path].join('.');
    throw new CheckInputError(400, `Invalid ${field}: ${issue.message}. ${hint}`);
  }
  const input = parsed.data;
  return { rule: resolveRule(input), ...('preset' in input ? { preset: input.preset } : {}) };
}
