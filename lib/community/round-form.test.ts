import { describe, expect, it } from 'vitest';
import { blankRoundForm, roundBody, roundCoverage, roundFormOf, rebaseRoundForm, roundConflictRows } from './round-form';

describe('round form', () => {
  it('starts blank on today, in the filtered community', () => {
    expect(blankRoundForm(3, '2022-04-05')).toEqual({ id: null, communityId: '3', gridCellId: '', roundNumber: '', testedOn: '2022-04-05', peopleTested: '', positives: '0', note: '' });
    expect(blankRoundForm(null, '2022-04-05').communityId).toBe('');
  });
  it('round-trips a stored round through the form into the request body', () => {
    const round = { id: 7, version: 4, communityId: 3, gridCellId: 9, roundNumber: 2, testedOn: '2022-04-05', peopleTested: 900, positives: 1, note: '  东区 ' };
    expect(roundBody(roundFormOf(round))).toEqual({ version: 4, communityId: 3, gridCellId: 9, roundNumber: 2, testedOn: '2022-04-05', peopleTested: 900, positives: 1, note: '东区' });
    expect(roundBody(blankRoundForm(null, '2022-04-05'))).toMatchObject({ communityId: null, gridCellId: null, roundNumber: null, peopleTested: null, positives: 0, note: null });
  });
  it('gives coverage for community-wide rounds with a known population only', () => {
    expect(roundCoverage({ gridCellId: null, peopleTested: 450 }, 1000, '{pct}%')).toBe('45%');
    expect(roundCoverage({ gridCellId: 4, peopleTested: 450 }, 1000, '{pct}%')).toBe('');
    expect(roundCoverage({ gridCellId: null, peopleTested: 450 }, null, '{pct}%')).toBe('');
  });
});

describe('roundConflictRows and rebaseRoundForm', () => {
  const read = { id: 7, version: 1, communityId: 3, gridCellId: null, roundNumber: 2, testedOn: '2022-04-05', peopleTested: 900, positives: 0, note: null };

  it('lists the fields they changed and those I typed differently, field by field', () => {
    const theirs = { ...read, version: 2, positives: 1 };
    const mine = { ...roundFormOf(read), note: 'retest' };
    expect(roundConflictRows(read, theirs, mine)).toEqual([
      { field: 'positives', theirs: '1', mine: '0', isTheirChange: true, isMyChange: false },
      { field: 'note', theirs: '', mine: 'retest', isTheirChange: false, isMyChange: true },
    ]);
  });

  it('re-applies my form on their version, keeping what I typed', () => {
    const mine = { ...roundFormOf(read), note: 'retest' };
    expect(rebaseRoundForm(mine, { version: 2 })).toEqual({ ...mine, version: 2 });
    expect(mine.version).toBe(1);
  });
});
