import { z } from '@/lib/validation/zod';
import { boundedText, databaseId } from '@/lib/validation/bounded-input';
import { reason } from '@/lib/errors/field-reasons';
import { zodProblem, type Problem } from '@/lib/errors/problem';

/** A testing round as staff type it: community or one of its grid cells, number, day, counts, note. */
export type RoundInput = {
  communityId: number;
  gridCellId: number | null;
  /** Null: the next number at that place. */
  roundNumber: number | null;
  testedOn: string;
  peopleTested: number;
  positives: number;
  note: string | null;
};

/** A refused form: the coded problem (`form.field-invalid` and kin, 422) naming its field. */
export type InputProblem = { problem: Problem };

const isCalendarDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
const count = (max: number) => z.number().int().min(0).max(max);
const calendarDay = z.string().refine(isCalendarDay, reason('date'));

const roundSchema = z.object({
  communityId: databaseId('choose-community'),
  gridCellId: databaseId().nullish(),
  roundNumber: z.number().int().min(1).max(10_000).nullish(),
  testedOn: calendarDay,
  peopleTested: count(10_000_000),
  positives: count(10_000_000),
  note: boundedText({ max: 500 }).nullish(),
});

/**
 * Validates a testing round typed by staff. `today` is the local date now (the injected clock in tests):
 * a round cannot be dated in the future. Returns the round or the first problem with its field name.
 *
 * @example
 * readRoundInput({ communityId: 3, testedOn: '2022-08-30', peopleTested: 1200, positives: 0 }, '2022-09-01')
 * // → { round: { communityId: 3, gridCellId: null, roundNumber: null, testedOn: '2022-08-30', peopleTested: 1200, positives: 0, note: null } }
 */
export function readRoundInput(input: unknown, today: string): { round: RoundInput } | InputProblem {
  const parsed = roundSchema.safeParse(input);
  if (!parsed.success) return { problem: zodProblem(parsed.error, { code: 'form.field-invalid' }) };
  const v = parsed.data;
  if (v.testedOn > today) return { problem: { code: 'round.tested-in-future', params: { today }, field: 'testedOn' } };
  if (v.positives > v.peopleTested) return { problem: { code: 'round.positives-above-tested', field: 'positives' } };
  return {
    round: {
      communityId: v.communityId,
      gridCellId: v.gridCellId ?? null,
      roundNumber: v.roundNumber ?? null,
      testedOn: v.testedOn,
      peopleTested: v.peopleTested,
      positives: v.positives,
      note: v.note ? v.note : null,
    },
  };
}

export type TargetInput = { district: string; targetCount: number; dueOn: string };

const targetSchema = z.object({
  district: z.string(reason('choose-district')).trim().min(1, reason('choose-district')).max(100),
  targetCount: count(100_000),
  dueOn: calendarDay,
});

/**
 * Validates a district target ("100 no-epidemic communities by 2 September").
 *
 * @example
 * readTargetInput({ district: 'Wenchang', targetCount: 100, dueOn: '2022-09-02' }) // → { target: { district: 'Wenchang', targetCount: 100, dueOn: '2022-09-02' } }
 */
export function readTargetInput(input: unknown): { target: TargetInput } | InputProblem {
  const parsed = targetSchema.safeParse(input);
  if (!parsed.success) return { problem: zodProblem(parsed.error, { code: 'form.field-invalid' }) };
  return { target: parsed.data };
}
