import { z } from '@/lib/validation/zod';
import { boundedText, databaseId } from '@/lib/validation/bounded-input';
import { CASE_CLASSIFICATIONS } from '@/lib/enums';
import type { LocalizedText } from '@/lib/errors/app-error';
import { reason } from '@/lib/errors/field-reasons';
import { zodProblem, type Problem } from '@/lib/errors/problem';
import type { CaseClassification } from '@/lib/enums';
import type { CaseTrack, TrajectoryPart } from '@/lib/trajectory/types';
import { EARLIEST_TRACK_TIME, movementTimeProblems, type VertexProblem } from './movement-times';

const instant = z.iso.datetime({ offset: true, message: reason('instant') }).transform((s) => Date.parse(s));
const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

const place = boundedText({ max: 200 }).nullish();

const staySchema = z
  .object({ place, lngLat, start: instant, end: instant })
  .refine((v) => v.end >= v.start, { message: reason('not-before-start'), path: ['end'] });

/** A movement drawn in the workspace: the line's vertices and one time per vertex. */
const movementSchema = z.object({
  place,
  lngLats: z.array(lngLat).min(2).max(5000),
  times: z.array(instant),
});

type VisitInput = z.infer<typeof staySchema> | z.infer<typeof movementSchema>;

// A visit with `lngLats` is a movement, any other a place: picking the schema first names the real problem
// ("lngLats.0 …") where a union would only say that neither matched.
const visitSchema = z.unknown().transform((input, ctx): VisitInput => {
  const isMovement = typeof input === 'object' && input !== null && 'lngLats' in input;
  const parsed = (isMovement ? movementSchema : staySchema).safeParse(input);
  if (parsed.success) return parsed.data;
  // Passed on whole (kind, limits, message), so the reason is worded from the issue as for any field.
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue } as Parameters<typeof ctx.addIssue>[0]);
  return z.NEVER;
});

const caseEditSchema = z.object({
  code: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, reason('case-code')),
  classification: z.enum(CASE_CLASSIFICATIONS).default('confirmed'),
  reportedAt: instant,
  /** The case's home community (staff-only); absent keeps the stored one, null clears it. */
  communityId: databaseId('id').nullish(),
  visits: z.array(visitSchema).min(1).max(500),
  /** A new case from the workspace: its code must not be taken (an edit of a listed case sends false). */
  isNew: z.boolean().default(false),
});

const toPart = (visit: VisitInput): TrajectoryPart => {
  const named = visit.place ? { place: visit.place } : {};
  if ('lngLats' in visit) return { kind: 'movement', lngLats: visit.lngLats.map(([lng, la]) => [lng, la]), times: visit.times, ...named };
  return { kind: 'stay', lngLat: [visit.lngLat[0], visit.lngLat[1]], start: visit.start, end: visit.end, ...named };
};

/** A vertex problem's reason in both languages (the English is movementTimeProblems' own). */
function vertexReason(problem: VertexProblem, vertices: number, times: number): LocalizedText {
  const p = problem.params ?? {};
  const zh: Record<VertexProblem['code'], string> = {
    'too-few': `一段移动至少需要 2 个点，现有 ${vertices} 个`,
    count: `有 ${vertices} 个点却有 ${times} 个时间：每个点须有一个时间`,
    missing: '缺少时间',
    'too-early': '早于 2000 年',
    future: '晚于明天',
    backwards: `早于第 ${p.other} 点：时间不能倒退`,
    'too-fast': `距第 ${p.other} 点 ${p.km} 公里只用 ${p.minutes} 分钟，超过 ${p.maxKmh} 公里/小时，请核对时间`,
    'too-long': `比第一个点晚 ${p.hours} 小时以上：这么长的行程请拆成几项`,
  };
  return { 'zh-CN': zh[problem.code], en: problem.message };
}

/** The first time problem of any visit, named by visit and vertex (both 1-based). */
function timeProblem(visits: VisitInput[], now: number): Problem | undefined {
  for (const [i, visit] of visits.entries()) {
    if ('lngLats' in visit) {
      const [first] = movementTimeProblems(visit.lngLats, visit.times, { now });
      if (!first) continue;
      const why = vertexReason(first, visit.lngLats.length, visit.times.length);
      const field = `visits.${i}.times`;
      if (first.vertex > 0) return { code: 'case.movement-vertex-time', params: { visit: i + 1, vertex: first.vertex, reason: why }, field };
      return { code: 'case.movement-times', params: { visit: i + 1, reason: why }, field };
    } else if (visit.start < EARLIEST_TRACK_TIME || visit.end > now + 86_400_000) {
      return { code: 'case.visit-times-range', params: { visit: i + 1 }, field: `visits.${i}` };
    }
  }
  return undefined;
}

export type CaseEdit = CaseTrack & { classification: CaseClassification; reportedAt: Date; communityId?: number | null };

export type ReadCaseEdit = { track: CaseEdit; isNew: boolean } | { problem: Problem };

/**
 * Validates a case typed in the workspace: code, classification, reported at, and its visits in order:
 * places (a point with a place name and a from–to time) and movements (a drawn line with a label and one
 * time per vertex, never going back; see `movementTimeProblems`). Returns the case track or the coded
 * problem (422) naming the field, visit and vertex.
 *
 * @example
 * readCaseEdit({ code: 'C-101', reportedAt: '2022-04-02T09:00:00+08:00', visits: [{ place: 'Market', lngLat: [121.4, 31.2], start: '…', end: '…' }] })
 * // → { track: { caseCode: 'C-101', classification: 'confirmed', reportedAt: Date, parts: [{ kind: 'stay', … }] }, isNew: false }
 */
export function readCaseEdit(input: unknown, options: { now?: Date } = {}): ReadCaseEdit {
  const parsed = caseEditSchema.safeParse(input);
  if (!parsed.success) return { problem: zodProblem(parsed.error, { code: 'form.field-invalid' }) };
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
