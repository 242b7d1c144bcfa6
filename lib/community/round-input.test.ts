import { describe, expect, it } from 'vitest';
import { readRoundInput, readTargetInput } from './round-input';

const valid = { communityId: 3, gridCellId: 9, roundNumber: 7, testedOn: '2022-08-30', peopleTested: 1200, positives: 0, note: ' door to door ' };

describe('readRoundInput', () => {
  it('accepts a round and fills the defaults', () => {
    expect(readRoundInput(valid, '2022-09-01')).toEqual({ round: { ...valid, note: 'door to door' } });
    expect(readRoundInput({ communityId: 3, testedOn: '2022-09-01', peopleTested: 5, positives: 0 }, '2022-09-01')).toEqual({
      round: { communityId: 3, gridCellId: null, roundNumber: null, testedOn: '2022-09-01', peopleTested: 5, positives: 0, note: null },
    });
  });

  it('names the field of each problem', () => {
    const problem = (patch: Record<string, unknown>) => {
      const result = readRoundInput({ ...valid, ...patch }, '2022-09-01');
      return 'problem' in result ? result.problem : null;
    };
    expect(problem({ positives: 1300 })).toEqual({ code: 'round.positives-above-tested', field: 'positives' });
    expect(problem({ testedOn: '2022-09-02' })).toEqual({ code: 'round.tested-in-future', params: { today: '2022-09-01' }, field: 'testedOn' });
    expect(problem({ testedOn: '2022-02-30' })?.field).toBe('testedOn');
    expect(problem({ peopleTested: -1 })).toEqual({ code: 'form.field-invalid', params: { field: 'peopleTested', reason: { 'zh-CN': '不能小于 0', en: 'must be at least 0' } }, field: 'peopleTested' });
    expect(problem({ peopleTested: 2.5 })?.field).toBe('peopleTested');
    expect(problem({ roundNumber: 0 })?.field).toBe('roundNumber');
    expect(problem({ communityId: undefined })?.field).toBe('communityId');
    expect(problem({ note: 'x'.repeat(501) })?.field).toBe('note');
  });
});

describe('readTargetInput', () => {
  it('accepts a target and refuses a bad count or date by name', () => {
    expect(readTargetInput({ district: ' Wenchang ', targetCount: 100, dueOn: '2022-09-02' })).toEqual({ target: { district: 'Wenchang', targetCount: 100, dueOn: '2022-09-02' } });
    expect(readTargetInput({ district: 'Wenchang', targetCount: -3, dueOn: '2022-09-02' })).toMatchObject({ problem: { field: 'targetCount' } });
    expect(readTargetInput({ district: 'Wenchang', targetCount: 3, dueOn: '2 Sept' })).toMatchObject({ problem: { field: 'dueOn' } });
    expect(readTargetInput({ targetCount: 3, dueOn: '2022-09-02' })).toMatchObject({ problem: { field: 'district' } });
  });
});
