import { z } from '@/lib/validation/zod';
import { boundedText, databaseId } from '@/lib/validation/bounded-input';
import { CASE_CLASSIFICATIONS } from '@/lib/enums';
import { describeZodError } from '@/lib/import/read-communities';
import type { CaseClassification } from '@/lib/enums';
import type { CaseTrack, TrajectoryPart } from '@/lib/trajectory/types';
import { EARLIEST_TRACK_TIME, movementTimeProblems } from './movement-times';

const instant = z.iso.datetime({ offset: true, message: 'must be a date and time with an offset' }).transform((s) => Date.parse(s));
const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

const place = boundedText({ max: 200 }).nullish();

const staySchema = z
  .object({ place, lngLat, start: instant, end: instant })
  .refine((v) => v.end >= v.start, { message: 'must not be before the start', path: ['end'] });

/** A movement drawn in the workspace: the line's vertices and one time per vertex. */
const movementSchema = z.object({
  place,
  lngLats: z.array(lngLat).min(2, 'a movement needs at least 2 vertices').max(5000),
  times: z.array(instant),
});

type VisitInput = z.infer<typeof staySchema> | z.infer<typeof movementSchema>;

// A visit with `lngLats` is a movement, any other a place: picking the schema first names the real problem
// ("lngLats.0 …") where a union would only say that neither matched.
const visitSchema = z.unknown().transform((input, ctx): VisitInput => {
  const isMovement = typeof input === 'object' && input !== null && 'lngLats' in input;
  const parsed = (isMovement ? movementSchema : staySchema).safeParse(input);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});

const caseEditSchema = z.object({
  code: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'is 1–40 letters, digits, ".", "_" or "-", e.g. C-012'),
  classification: z.enum(CASE_CLASSIFICATIONS).default('confirmed'),
  reportedAt: instant,
  /** The case's home community (staff-only); absent keeps the stored one, null clears it. */
  communityId: databaseId('must be a community id').nullish(),
  visits: z.array(visitSchema).min(1, 'needs at least one place').max(500),
  /** A new case from the workspace: its code must not be taken (an edit of a listed case sends false). */
  isNew: z.boolean({ message: 'must be true or false' }).default(false),
});

const toPart = (visit: VisitInput): TrajectoryPart => {
  const named = visit.place ? { place: visit.place } : {};
  if ('lngLats' in visit) return { kind: 'movement', lngLats: visit.lngLats.map(([lng, la]) => [lng, la]), times: visit.times, ...named };
  return { kind: 'stay', lngLat: [visit.lngLat[0], visit.lngLat[1]], start: visit.start, end: visit.end, ...named };
};

/** The first time problem of any visit, named by visit and vertex (both 1-based). */
function timeProblem(visits: VisitInput[], now: number): string | undefined {
  for (const [i, visit] of visits.entries()) {
    if ('lngLats' in visit) {
      const [first] = movementTimeProblems(visit.lngLats, visit.times, { now });
      if (first) return `visit ${i + 1} (movement)${first.vertex > 0 ? `, vertex ${first.vertex}` : ''}: ${first.message}`;
    } else if (visit.start < EARLIEST_TRACK_TIME || visit.end > now + 86_400_000) {
      return `visit ${i + 1}: times must lie between the year 2000 and a day from now`;
    }
  }
  return undefined;
}

export type CaseEdit = CaseTrack & { classification: CaseClassification; reportedAt: Date; communityId?: number | null };

export type ReadCaseEdit = { track: CaseEdit; isNew: boolean } | { problem: string };

/**
 * Validates a case typed in the workspace: code, classification, reported at, and its visits in order:
 * places (a point with a place name and a from–to time) and movements (a drawn line with a label and one
 * time per vertex, never going back; see `movementTimeProblems`). Returns the case track or one sentence
 * naming the field, visit and vertex.
 *
 * @example
 * readCaseEdit({ code: 'C-101', reportedAt: '2022-04-02T09:00:00+08:00', visits: [{ place: 'Market', lngLat: [121.4, 31.2], start: '…', end: '…' }] })
 * // → { track: { caseCode: 'C-101', classification: 'confirmed', reportedAt: Date, parts: [{ kind: 'stay', … }] }, isNew: false }
 */
export function readCaseEdit(input: unknown, options: { now?: Date } = {}): ReadCaseEdit {
  const parsed = caseEditSchema.safeParse(input);
  if (!parsed.success) return { problem: describeZodError(parsed.error) };
  const v = parsed.data;
  const problem = timeProblem(v.visits, (options.now ?? new Date()).getTime());
  if (problem) return { problem };
  return {
    track: {
      caseCode: v.code,
      classification: v.classification,
      reportedAt: new Date(v.reportedAt),
      ...(v.communityId !== undefined ? { communityId: v.communityId } : {}),
      parts: v.visits.map(toPart),
    },
    isNew: v.isNew,
  };
}
