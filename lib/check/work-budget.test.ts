import { describe, expect, it } from 'vitest';
import { createBenchData } from '../bench/bench-data';
import { buildCaseIndex } from '../overlap/build-case-index';
import { findOverlaps } from '../overlap/find-overlaps';
import { PRESETS, resolveRule } from '../overlap/rule';
import { createWorkMeter, DEFAULT_WORK_BUDGET, isWorkBudgetExceeded, WorkBudgetExceededError } from '../overlap/work-budget';
import { budgetAppError } from './check-budget';
import { readCheckTrajectory } from './check-input';
import { seoulBeijingCsv, WIDEST_RULE } from './hostile-trajectories';

// A small city (300 tracks) whose resident's fortnight is an ordinary check.
const data = createBenchData({ seed: 20220401, caseCount: 300, residentFixCount: 20_160 });
const index = buildCaseIndex(data.cases);

/** Counted measures only: wall time depends on the machine's load, so it is tested with a fake clock. */
const COUNTED = { ...DEFAULT_WORK_BUDGET, maxMs: Infinity };

function refusal(run: () => unknown): WorkBudgetExceededError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkBudgetExceededError) return error;
    throw error;
  }
  throw new Error('the check finished within its budget');
}

describe('the work budget', () => {
  it('lets an ordinary fortnight through, with every preset, and finds the same overlaps as without a budget', () => {
    for (const rule of [resolveRule(), PRESETS['same-place'].rule, PRESETS['after-case'].rule, PRESETS.companion.rule]) {
      const meter = createWorkMeter(COUNTED);
      expect(findOverlaps(data.resident, index, rule, { meter })).toEqual(findOverlaps(data.resident, index, rule));
      expect(meter.spent().pairs).toBeLessThan(DEFAULT_WORK_BUDGET.maxCandidatePairs / 4);
      expect(meter.spent().cells).toBeLessThan(DEFAULT_WORK_BUDGET.maxCells / 4);
    }
  });

  it('refuses the Seoul–Beijing companion CSV on the cells it would trace, with its coded 422', () => {
    const trajectory = readCheckTrajectory({ kind: 'file', text: seoulBeijingCsv(1_000), fileName: 'jumps.csv' }, { timeZone: 'Asia/Shanghai' });
    expect(trajectory.pointCount).toBe(1_000);
    const error = refusal(() => findOverlaps(trajectory.parts, index, PRESETS.companion.rule, { meter: createWorkMeter(COUNTED) }));
    expect(error.measure).toBe('cells');
    const coded = budgetAppError(error);
    expect(coded).toMatchObject({ code: 'check.work-budget-exceeded', status: 422, params: { measure: 'cells', limit: '400,000 H3 cells' } });
  });

  it('refuses the widest rule over a fortnight of fixes on the candidate pairs it would examine', () => {
    const error = refusal(() => findOverlaps(data.resident, index, resolveRule(WIDEST_RULE), { meter: createWorkMeter(COUNTED) }));
    expect(error.measure).toBe('candidate-pairs');
    expect(budgetAppError(error).code).toBe('check.work-budget-exceeded');
  });

  it('stops on wall time when the clock runs out first', () => {
    let now = 0;
    const meter = createWorkMeter({ maxCandidatePairs: Infinity, maxCells: Infinity, maxMs: 100 }, () => (now += 1));
    expect(refusal(() => findOverlaps(data.resident, index, resolveRule(WIDEST_RULE), { meter })).measure).toBe('wall-time');
  });

  it('is recognised from another copy of its module (the pool and a route are bundled apart)', () => {
    const foreign = Object.assign(new Error('over'), { name: 'WorkBudgetExceededError', measure: 'cells', limit: 5 });
    expect(isWorkBudgetExceeded(foreign)).toBe(true);
    expect(isWorkBudgetExceeded(new WorkBudgetExceededError('cells', 5))).toBe(true);
    expect(isWorkBudgetExceeded(new Error('other'))).toBe(false);
  });
});
