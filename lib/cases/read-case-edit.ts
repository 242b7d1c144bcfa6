import { z } from 'zod';
import { CASE_CLASSIFICATIONS } from '@/lib/enums';
import { describeZodError } from '@/lib/import/read-communities';
import type { CaseClassification } from '@/lib/enums';
import type { CaseTrack } from '@/lib/trajectory/types';

const instant = z.iso.datetime({ offset: true, message: 'must be a date and time with an offset' }).transform((s) => Date.parse(s));
const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

const visitSchema = z
  .object({
    place: z.string().trim().max(200).nullish(),
    lngLat,
    start: instant,
    end: instant,
  })
  .refine((v) => v.end >= v.start, { message: 'must not be before the start', path: ['end'] });

const caseEditSchema = z.object({
  code: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'is 1–40 letters, digits, ".", "_" or "-", e.g. C-012'),
  classification: z.enum(CASE_CLASSIFICATIONS).default('confirmed'),
  reportedAt: instant,
  visits: z.array(visitSchema).min(1, 'needs at least one place').max(500),
});

export type CaseEdit = CaseTrack & { classification: CaseClassification; reportedAt: Date };

/**
 * Validates a case typed in the workspace: code, classification, reported at, and its places in order
 * (each a point with a place name and a from–to time). Returns the case track or one sentence.
 *
 * @example
 * readCaseEdit({ code: 'C-101', reportedAt: '2022-04-02T09:00:00+08:00', visits: [{ place: 'Market', lngLat: [121.4, 31.2], start: '…', end: '…' }] })
 * // → { track: { caseCode: 'C-101', classification: 'confirmed', reportedAt: Date, parts: [{ kind: 'stay', … }] } }
 */
export function readCaseEdit(input: unknown): { track: CaseEdit } | { problem: string } {
  const parsed = caseEditSchema.safeParse(input);
  if (!parsed.success) return { problem: describeZodError(parsed.error) };
  const v = parsed.data;
  return {
    track: {
      caseCode: v.code,
      classification: v.classification,
      reportedAt: new Date(v.reportedAt),
      parts: v.visits.map((visit) => ({ kind: 'stay', lngLat: [visit.lngLat[0], visit.lngLat[1]], start: visit.start, end: visit.end, ...(visit.place ? { place: visit.place } : {}) })),
    },
  };
}
