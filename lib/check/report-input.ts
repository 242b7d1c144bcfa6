import { z } from '@/lib/validation/zod';
import { boundedText, databaseId } from '@/lib/validation/bounded-input';

/** The phone pattern the database enforces (resident_reports_phone_check), checked first for a clear message. */
const PHONE_PATTERN = /^[+0-9][0-9 ()-]{5,24}$/;

const isoInstant = z.iso.datetime({ offset: true });

const overlapSchema = z.strictObject({
  caseCode: boundedText({ min: 1, max: 40 }),
  from: isoInstant,
  to: isoInstant,
  minutes: z.number().finite().min(0).max(1e7),
  minDistanceMeters: z.number().finite().min(0).max(1e8),
  closest: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  place: boundedText({ max: 300, isTrimmed: false }).nullable(),
});

/** GeoJSON as the page builds it from the resident's parts; kept loose but bounded in size. */
const trajectorySchema = z
  .looseObject({ type: z.enum(['FeatureCollection', 'Feature', 'LineString', 'Point', 'MultiLineString']) })
  .refine((value) => JSON.stringify(value).length <= 2_000_000, 'is larger than 2 MB');

/**
 * What a resident sends to report to their community. `consent` must be literally true: the page's
 * checkbox, and the API refuses anything else.
 */
export const reportInputSchema = z.strictObject({
  consent: z.literal(true, { error: 'must be true: the resident has to agree to send this report' }),
  name: boundedText({ max: 100 }).min(1, 'is required').max(100, 'is longer than 100 characters'),
  phone: z.string().trim().regex(PHONE_PATTERN, 'must be a phone number: digits, spaces, + ( ) -, 6 to 25 characters'),
  communityId: databaseId(),
  overlaps: z.array(overlapSchema).min(1, 'needs at least one overlap: a report follows an overlap').max(100),
  trajectory: trajectorySchema.optional(),
});

export type ReportInput = z.infer<typeof reportInputSchema>;

/**
 * Validates a report body; on failure says which field is wrong and why, for a 400 and for the form.
 *
 * @example
 * readReportInput({ consent: false, name: 'Li', phone: '13800000000', communityId: 1, overlaps: [] })
 * // → { error: 'Invalid consent: must be true: the resident has to agree to send this report', field: 'consent' }
 */
export function readReportInput(value: unknown): { report: ReportInput } | { error: string; field: string; reason: string } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: 'The body must be a JSON object.', field: 'body', reason: 'must be a JSON object' };
  // Consent is checked before anything else, so an unconsented report is refused for that reason alone.
  const ordered = reportInputSchema.safeParse(value);
  if (ordered.success) return { report: ordered.data };
  const issues = ordered.error.issues;
  const issue = issues.find((i) => i.path[0] === 'consent') ?? issues[0];
  const field = issue.path.length ? issue.path.join('.') : 'body';
  return { error: `Invalid ${field}: ${issue.message}`, field, reason: issue.message };
}
