import { conflictRows, type ConflictRow, type FieldSides } from '@/lib/conflict/field-conflicts';

/** The testing-round form's fields as typed (strings, as inputs hold them); `id` is the round being corrected. */
export type RoundForm = {
  id: number | null;
  /** The version of the round being corrected, as read (a stale correction is refused with 409). */
  version?: number;
  communityId: string;
  gridCellId: string;
  roundNumber: string;
  testedOn: string;
  peopleTested: string;
  positives: string;
  note: string;
};

/** A stored round as the form needs it. */
export type RoundFields = {
  id: number;
  version?: number;
  communityId: number;
  gridCellId: number | null;
  roundNumber: number;
  testedOn: string;
  peopleTested: number;
  positives: number;
  note: string | null;
};

/**
 * An empty form for a new round: the filtered community, today, no positives.
 *
 * @example
 * blankRoundForm(3, '2022-04-05') // → { id: null, communityId: '3', gridCellId: '', roundNumber: '', testedOn: '2022-04-05', peopleTested: '', positives: '0', note: '' }
 */
export function blankRoundForm(communityId: number | null, today: string): RoundForm {
  return { id: null, communityId: communityId ? String(communityId) : '', gridCellId: '', roundNumber: '', testedOn: today, peopleTested: '', positives: '0', note: '' };
}

/**
 * The form filled from a stored round, to correct it.
 *
 * @example
 * roundFormOf({ id: 7, communityId: 3, gridCellId: null, roundNumber: 2, testedOn: '2022-04-05', peopleTested: 900, positives: 0, note: null }).roundNumber // → '2'
 */
export function roundFormOf(round: RoundFields): RoundForm {
  return {
    id: round.id,
    ...(round.version === undefined ? {} : { version: round.version }),
    communityId: String(round.communityId),
    gridCellId: round.gridCellId ? String(round.gridCellId) : '',
    roundNumber: String(round.roundNumber),
    testedOn: round.testedOn,
    peopleTested: String(round.peopleTested),
    positives: String(round.positives),
    note: round.note ?? '',
  };
}

const numberOrNull = (s: string) => (s.trim() === '' ? null : Number(s));

/**
 * The request body for the rounds API (which validates it): blanks become null, the note trimmed.
 *
 * @example
 * roundBody({ ...blankRoundForm(3, '2022-04-05'), peopleTested: '900' }) // → { communityId: 3, gridCellId: null, roundNumber: null, testedOn: '2022-04-05', peopleTested: 900, positives: 0, note: null }
 */
export function roundBody(form: RoundForm) {
  return {
    ...(form.id === null ? {} : { version: form.version }),
    communityId: numberOrNull(form.communityId),
    gridCellId: numberOrNull(form.gridCellId),
    roundNumber: numberOrNull(form.roundNumber),
    testedOn: form.testedOn,
    peopleTested: numberOrNull(form.peopleTested),
    positives: numberOrNull(form.positives),
    note: form.note.trim() || null,
  };
}

/**
 * "Covers 45%": people tested in a community-wide round over the community's population, else ''.
 *
 * @example
 * roundCoverage({ gridCellId: null, peopleTested: 450 }, 1000, 'covers {pct}%') // → 'covers 45%'
 */
export function roundCoverage(round: { gridCellId: number | null; peopleTested: number }, population: number | null | undefined, template: string): string {
  return round.gridCellId === null && population ? template.replace('{pct}', String(Math.round((round.peopleTested / population) * 100))) : '';
}

/** The round's fields the conflict view compares, in the form's order. */
export const ROUND_FIELDS = ['communityId', 'gridCellId', 'roundNumber', 'testedOn', 'peopleTested', 'positives', 'note'] as const;
export type RoundField = (typeof ROUND_FIELDS)[number];

/**
 * A round save refused as stale, field by field: what the other editor saved (`theirs`) beside what this
 * editor typed (`mine`), and which fields they changed since `read` (the round as this editor opened it).
 * Values are the form's text (ids for community and grid cell: the screen shows their names).
 *
 * @example
 * roundConflictRows(read, { ...read, version: 2, positives: 1 }, { ...roundFormOf(read), note: 'retest' })
 * // → [{ field: 'positives', theirs: '1', mine: '0', isTheirChange: true, … }, { field: 'note', theirs: '', mine: 'retest', isTheirChange: false, … }]
 */
export function roundConflictRows(read: RoundFields | undefined, theirs: RoundFields, mine: RoundForm): ConflictRow<RoundField>[] {
  const readForm = read && roundFormOf(read);
  const theirForm = roundFormOf(theirs);
  const sides = Object.fromEntries(ROUND_FIELDS.map((field) => [field, { ...(readForm ? { read: readForm[field] } : {}), theirs: theirForm[field], mine: mine[field] }]));
  return conflictRows(sides as Record<RoundField, FieldSides>, ROUND_FIELDS);
}

/**
 * Re-applies this editor's form on top of the other editor's round: everything typed stays, and the form now
 * names their version, so saving it overwrites what they saved knowingly.
 *
 * @example
 * rebaseRoundForm({ ...form, version: 1 }, { version: 2 }).version // → 2
 */
export const rebaseRoundForm = (mine: RoundForm, theirs: { version: number }): RoundForm => ({ ...mine, version: theirs.version });
