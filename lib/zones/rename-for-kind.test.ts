import { describe, expect, it } from 'vitest';
import { renameForKind } from './rename-for-kind';

describe('renameForKind', () => {
  it.each([
    ['Controlled · Oryu-dong', 'controlled', 'precaution', 'Precaution · Oryu-dong'],
    ['Oryu-dong · Sealed zone', 'sealed', 'controlled', 'Oryu-dong · Controlled zone'],
    ['幸福里 · 封控区', 'sealed', 'controlled', '幸福里 · 管控区'],
    ['幸福里管控', 'controlled', 'precaution', '幸福里防范'],
  ] as const)('%s (%s → %s) becomes %s', (name, from, to, expected) => {
    expect(renameForKind(name, from, to)).toBe(expected);
  });

  it('keeps a name staff typed without a kind word, and words that only contain one', () => {
    expect(renameForKind('3号楼', 'sealed', 'controlled')).toBe('3号楼');
    expect(renameForKind('Unsealed Market', 'sealed', 'controlled')).toBe('Unsealed Market');
    expect(renameForKind('Precaution · X', 'sealed', 'controlled')).toBe('Precaution · X');
  });
});
