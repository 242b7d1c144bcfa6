import { z } from '@/lib/validation/zod';
import { boundedText, databaseId } from '@/lib/validation/bounded-input';
import { FIELD_REASONS, reason } from '@/lib/errors/field-reasons';
import { fieldProblem, zodProblem, type Problem } from '@/lib/errors/problem';

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
  .refine((value) => JSON.stringify(value).length <= 2_000_000, reason('over-2-mb'));

/**
 * What a resident sends to report to their community. `consent` must be literally true: the page's
 * checkbox, and the API refuses anything else.
 */
export const reportInputSchema = z.strictObject({
  consent: z.literal(true, { error: reason('consent') }),
  name: boundedText({ min: 1, max: 100 }),
  phone: z.string().trim().regex(PHONE_PATTERN, reason('phone-report')),
  communityId: databaseId(),
  overlaps: z.array(overlapSchema).min(1).max(100),
  trajectory: trajectorySchema.optional(),
});

export type ReportInput = z.infer<typeof reportInputSchema>;

/**
 * Validates a report body; on failure the coded problem (`request.field-invalid`, 400) names the field and
 * says why in both languages, for the answer and for the form.
 *
 * @example
 * readReportInput({ consent: false, name: 'Li', phone: '13800000000', communityId: 1, overlaps: [] })
 * // → { problem: { code: 'request.field-invalid', params: { field: 'consent', reason: { 'zh-CN': '须为 true：…', en: 'must be true: …' } }, field: 'consent' } }
 */
export function readReportInput(value: unknown): { report: ReportInput } | { problem: Problem } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { problem: fieldProblem('(body)', FIELD_REASONS['json-object']) };
  // Consent is checked before anything else, so an unconsented report is refused for that reason alone.
  const ordered = reportInputSchema.safeParse(value);
  if (ordered.success) return { report: ordered.data };
  const issues = ordered.error.issues;
  return { problem: zodProblem(ordered.error, { issue: issues.find((i) => i.path[0] === 'consent') ?? issues[0] }) };
}
