import { describe, expect, it } from 'vitest';
import { kindsNamed } from './kinds-named';

describe('kindsNamed', () => {
  it('finds a kind by its Chinese or English label or its code, in any case', () => {
    expect(kindsNamed('封控')).toEqual(['sealed']);
    expect(kindsNamed('管控区')).toEqual(['controlled']);
    expect(kindsNamed('PRECAUTION')).toEqual(['precaution']);
    expect(kindsNamed(' sealed zone ')).toEqual(['sealed']);
  });

  it('names every kind for a word all labels share, and none for a place name or a blank', () => {
    expect(kindsNamed('zone')).toEqual(['sealed', 'controlled', 'precaution']);
    expect(kindsNamed('幸福里')).toEqual([]);
    expect(kindsNamed('  ')).toEqual([]);
  });
});
