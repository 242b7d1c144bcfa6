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
