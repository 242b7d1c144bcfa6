import { AppError } from '@/lib/errors/app-error';
import { issueField, zodReason } from '@/lib/errors/zod-reason';
import { parseGeoJsonValue } from '@/lib/parse/parse-geojson';
import { parseTrajectoryFile } from '@/lib/parse/parse-trajectory';
import type { ParsedTrajectory } from '@/lib/parse/types';
import { resolveRule, ruleInputSchema, type OverlapRule, type PresetName } from '@/lib/overlap/rule';
import type { TrajectoryPart } from '@/lib/trajectory/types';

/** Limits of one check: a resident's two weeks fit with room to spare; a city's worth of GPS does not. */
export const CHECK_LIMITS = {
  maxBodyBytes: 20 * 1024 * 1024,
  maxPoints: 200_000,
  maxSpanDays: 60,
};

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
 * Parses the resident's trajectory (a GeoJSON value already read from the request, or an uploaded file in any
 * supported format) and enforces the check's limits. Throws AppError: a parser code naming the line or record
 * (422, or 413 past the point budget), `trajectory.too-many-points` (413) or `trajectory.span-too-long` (422).
 *
 * @example
 * readCheckTrajectory({ kind: 'file', text: gpxText, fileName: 'day.gpx' }, { timeZone: 'Asia/Shanghai' })
 */
export function readCheckTrajectory(
  source: CheckTrajectorySource,
  options: { timeZone: string; maxGapMinutes?: number; now?: number; limits?: typeof CHECK_LIMITS },
): ParsedTrajectory {
  const limits = options.limits ?? CHECK_LIMITS;
  const parseOptions = { timeZone: options.timeZone, maxGapMinutes: options.maxGapMinutes, now: options.now, maxPoints: limits.maxPoints };
  const parsed =
    source.kind === 'geojson'
      ? parseGeoJsonValue(source.value, parseOptions)
      : parseTrajectoryFile(source.text, { ...parseOptions, fileName: source.fileName });
  if (parsed.parts.length === 0) throw new AppError('trajectory.empty');
  if (parsed.pointCount > limits.maxPoints) throw new AppError('trajectory.too-many-points', { count: parsed.pointCount, max: limits.maxPoints });
  const span = trajectorySpan(parsed.parts);
  const spanDays = (span.to - span.from) / 86_400_000;
  if (spanDays > limits.maxSpanDays) {
    throw new AppError('trajectory.span-too-long', { days: spanDays.toFixed(1), from: { instant: span.from }, to: { instant: span.to }, max: limits.maxSpanDays });
  }
  return parsed;
}

const [presetSchema, parametersSchema] = ruleInputSchema.options;

/**
 * Reads the `rule` field: explicit parameters, `{ preset }`, or nothing (the default rule).
 * Throws AppError `check.rule-invalid` (400) naming the field at fault, or `check.rule-not-object`.
 *
 * @example
 * readRule({ preset: 'same-place' }) // → { rule: { mode: 'distance', distanceMeters: 50, … }, preset: 'same-place' }
 */
export function readRule(value: unknown): { rule: OverlapRule; preset?: PresetName } {
  if (value === undefined || value === null) return { rule: resolveRule() };
  if (typeof value !== 'object' || Array.isArray(value)) throw new AppError('check.rule-not-object');
  // Validate against the branch the client meant, so the error names the field at fault.
  const parsed = ('preset' in value ? presetSchema : parametersSchema).safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('check.rule-invalid', { field: issueField(issue, 'rule'), reason: zodReason(issue) });
  }
  const input = parsed.data;
  return { rule: resolveRule(input), ...('preset' in input ? { preset: input.preset } : {}) };
}
