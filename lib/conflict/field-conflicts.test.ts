import { describe, expect, it } from 'vitest';
import { conflictRows } from './field-conflicts';

describe('conflictRows', () => {
  it('shows what they changed and what I changed, in the given order, and leaves out fields equal everywhere', () => {
    const rows = conflictRows(
      {
        note: { read: '', theirs: 'retest', mine: '' },
        positives: { read: '0', theirs: '0', mine: '2' },
        testedOn: { read: '2022-04-01', theirs: '2022-04-01', mine: '2022-04-01' },
      },
      ['testedOn', 'positives', 'note'],
    );
    expect(rows).toEqual([
      { field: 'positives', theirs: '0', mine: '2', isTheirChange: false, isMyChange: true },
      { field: 'note', theirs: 'retest', mine: '', isTheirChange: true, isMyChange: false },
    ]);
  });

  it('marks a field both changed, even to the same text', () => {
    expect(conflictRows({ peopleTested: { read: '900', theirs: '950', mine: '950' } }, ['peopleTested'])).toEqual([
      { field: 'peopleTested', theirs: '950', mine: '950', isTheirChange: true, isMyChange: true },
    ]);
  });

  it('without the read record compares theirs with mine only', () => {
    expect(conflictRows({ a: { theirs: 'x', mine: 'y' }, b: { theirs: 'z', mine: 'z' } }, ['a', 'b'])).toEqual([{ field: 'a', theirs: 'x', mine: 'y', isTheirChange: false, isMyChange: true }]);
  });

  it('does not mutate its input', () => {
    const sides = { a: { read: '1', theirs: '2', mine: '3' } };
    const copy = structuredClone(sides);
    conflictRows(sides, ['a']);
    expect(sides).toEqual(copy);
  });
});
