import { describe, expect, it } from 'vitest';
import { targetConflictRows, targetFormOf } from './target-form';

describe('targetConflictRows', () => {
  const read = { id: 2, district: 'Jung-gu', targetCount: 3, dueOn: '2020-04-01', version: 1 };

  it('shows their count beside my due date, each marked by who changed it', () => {
    const rows = targetConflictRows(read, { ...read, version: 2, targetCount: 5 }, { ...targetFormOf(read), dueOn: '2020-04-08' });
    expect(rows).toEqual([
      { field: 'targetCount', theirs: '5', mine: '3', isTheirChange: true, isMyChange: false },
      { field: 'dueOn', theirs: '2020-04-01', mine: '2020-04-08', isTheirChange: false, isMyChange: true },
    ]);
  });

  it('fills the form from a stored target with its version', () => {
    expect(targetFormOf(read)).toEqual({ id: 2, version: 1, district: 'Jung-gu', targetCount: '3', dueOn: '2020-04-01' });
  });
});
