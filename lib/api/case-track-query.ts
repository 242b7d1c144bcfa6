import { z } from '@/lib/validation/zod';

/** A check covers at most 60 days of trajectory; the rule reaches back up to 14 days more, plus rounding to days. */
const MAX_SPAN_DAYS = 76;

const instantParam = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 instant with an offset, e.g. 2020-03-07T00:00:00Z' }).transform((s) => new Date(s));

const querySchema = z.strictObject({ from: instantParam, to: instantParam });

/**
 * Validates GET /api/case-tracks's query; the error names the parameter at fault.
 *
 * @example
 * parseCaseTrackQuery(new URLSearchParams('from=2020-03-07T00:00:00Z&to=2020-03-08T00:00:00Z'))
 * // → { from: 2020-03-07T00:00:00.000Z, to: 2020-03-08T00:00:00.000Z }
 */
export function parseCaseTrackQuery(params: URLSearchParams): { from: Date; to: Date } | { error: string } {
  for (const key of new Set(params.keys())) {
    if (params.getAll(key).length > 1) return { error: `Parameter "${key}" is given more than once` };
  }
  const parsed = querySchema.safeParse(Object.fromEntries(params));
  if (parsed.success) {
    const { from, to } = parsed.data;
    if (from >= to) return { error: 'Parameter "to" must be after "from"' };
    if (to.getTime() - from.getTime() > MAX_SPAN_DAYS * 86_400_000) return { error: `Parameter "to" must be at most ${MAX_SPAN_DAYS} days after "from"` };
    return { from, to };
  }
  const issue = parsed.error.issues[0];
  if (issue.code === 'unrecognized_keys') return { error: `Unknown parameter "${issue.keys[0]}": use from and to` };
  const name = String(issue.path[0] ?? 'from');
  return { error: `Parameter "${name}" ${issue.code === 'invalid_type' ? 'is required' : issue.message}` };
}
