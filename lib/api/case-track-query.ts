import { z } from '@/lib/validation/zod';
import type { Problem } from '@/lib/errors/problem';

/** A check covers at most 60 days of trajectory; the rule reaches back up to 14 days more, plus rounding to days. */
const MAX_SPAN_DAYS = 76;

const instantParam = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

const querySchema = z.strictObject({ from: instantParam, to: instantParam });

/**
 * Validates GET /api/case-tracks's query; a refusal is a coded problem naming the parameter (400).
 *
 * @example
 * parseCaseTrackQuery(new URLSearchParams('from=2020-03-07T00:00:00Z&to=2020-03-08T00:00:00Z'))
 * // → { from: 2020-03-07T00:00:00.000Z, to: 2020-03-08T00:00:00.000Z }
 */
export function parseCaseTrackQuery(params: URLSearchParams): { from: Date; to: Date } | { problem: Problem } {
  for (const key of new Set(params.keys())) {
    if (params.getAll(key).length > 1) return { problem: { code: 'query.parameter-repeated', params: { parameter: key }, field: key } };
  }
  const parsed = querySchema.safeParse(Object.fromEntries(params));
  if (parsed.success) {
    const { from, to } = parsed.data;
    if (from >= to) return { problem: { code: 'query.to-not-after-from', field: 'to' } };
    if (to.getTime() - from.getTime() > MAX_SPAN_DAYS * 86_400_000) return { problem: { code: 'query.span-too-long', params: { days: MAX_SPAN_DAYS }, field: 'to' } };
    return { from, to };
  }
  const issue = parsed.error.issues[0];
  if (issue.code === 'unrecognized_keys') return { problem: { code: 'query.parameter-unknown', params: { parameter: issue.keys[0], known: 'from, to' }, field: issue.keys[0] } };
  const parameter = String(issue.path[0] ?? 'from');
  const code = issue.code === 'invalid_type' ? 'query.parameter-missing' : 'query.instant-invalid';
  return { problem: { code, params: { parameter }, field: parameter } };
}
