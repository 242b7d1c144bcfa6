import { z } from '@/lib/validation/zod';
import { boundedText, databaseId } from '@/lib/validation/bounded-input';

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

export type InputProblem = { field: string; problem: string };

const isCalendarDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
const count = (max: number) => z.number({ message: 'must be a whole number' }).int('must be a whole number').min(0, 'must be 0 or more').max(max, `must be at most ${max.toLocaleString('en')}`);

const roundSchema = z.object({
  communityId: databaseId('choose a community'),
  gridCellId: databaseId().nullish(),
  roundNumber: z.number({ message: 'must be a whole number' }).int('must be a whole number').min(1, 'must be 1 or more').max(10_000, 'must be at most 10,000').nullish(),
  testedOn: z.string({ message: 'must be a date (YYYY-MM-DD)' }).refine(isCalendarDay, 'must be a date (YYYY-MM-DD)'),
  peopleTested: count(10_000_000),
  positives: count(10_000_000),
  note: boundedText({ max: 500 }).max(500, 'must be at most 500 characters').nullish(),
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
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { field: String(issue.path[0] ?? 'body'), problem: `${String(issue.path[0] ?? 'body')} ${issue.message}` };
  }
  const v = parsed.data;
  if (v.testedOn > today) return { field: 'testedOn', problem: `testedOn must not be in the future (today is ${today})` };
  if (v.positives > v.peopleTested) return { field: 'positives', problem: 'positives must not be more than peopleTested' };
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
  district: z.string({ message: 'choose a district' }).trim().min(1, 'choose a district').max(100),
  targetCount: count(100_000),
  dueOn: z.string({ message: 'must be a date (YYYY-MM-DD)' }).refine(isCalendarDay, 'must be a date (YYYY-MM-DD)'),
});

/**
 * Validates a district target ("100 no-epidemic communities by 2 September").
 *
 * @example
 * readTargetInput({ district: 'Wenchang', targetCount: 100, dueOn: '2022-09-02' }) // → { target: { district: 'Wenchang', targetCount: 100, dueOn: '2022-09-02' } }
 */
export function readTargetInput(input: unknown): { target: TargetInput } | InputProblem {
  const parsed = targetSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { field: String(issue.path[0] ?? 'body'), problem: `${String(issue.path[0] ?? 'body')} ${issue.message}` };
  }
  return { target: parsed.data };
}
