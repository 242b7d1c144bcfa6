import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM build script without type declarations
import { buildCheckWorker } from '../cli/build-check-worker.mjs';
import { createBenchData, createCity, createRandom, shortTrajectory } from '../bench/bench-data';
import { buildCaseIndex } from '../overlap/build-case-index';
import { findOverlaps } from '../overlap/find-overlaps';
import { withCaseTimes } from './case-time-there';
import { PRESETS, resolveRule } from '../overlap/rule';
import { DEFAULT_WORK_BUDGET, WorkBudgetExceededError } from '../overlap/work-budget';
import { fixesToParts } from '../trajectory/fixes-to-parts';
import { createCheckPool, type CheckPool } from './check-pool';
import { readCheckTrajectory } from './check-input';
import { seoulBeijingCsv, WIDEST_RULE } from './hostile-trajectories';

const data = createBenchData({ seed: 20220401, caseCount: 300, residentFixCount: 20_160 });
let dir: string;
let pool: CheckPool;
let patientPool: CheckPool;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridwatch-check-worker-'));
  const file = (await buildCheckWorker(process.cwd(), path.join(dir, 'check-worker.mjs'))) as string;
  // Counted measures decide in tests; wall time depends on the machine's load.
  pool = createCheckPool({ file, size: 2, budget: { ...DEFAULT_WORK_BUDGET, maxMs: 60_000 } });
  // Only a wall-time budget: the widest rule runs until it is stopped, seconds later.
  patientPool = createCheckPool({ file, size: 2, budget: { maxCandidatePairs: Infinity, maxCells: Infinity, maxMs: 5_000 } });
  await Promise.all([pool.load(data.cases), patientPool.load(data.cases)]);
}, 120_000);

afterAll(async () => {
  await Promise.all([pool.close(), patientPool.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the check worker pool', () => {
  it('finds what the engine finds on the main thread, for every preset', async () => {
    const index = buildCaseIndex(data.cases);
    for (const rule of [resolveRule(), PRESETS['same-place'].rule, PRESETS['after-case'].rule, PRESETS.companion.rule]) {
      const { overlaps } = await pool.check(data.resident, rule);
      // The worker adds the case's own time at each overlap, as the main thread does beside its index.
      expect(overlaps).toEqual(withCaseTimes(index, findOverlaps(data.resident, index, rule), rule));
    }
  });

  it('refuses the Seoul–Beijing companion CSV with the budget error, and keeps serving', async () => {
    const trajectory = readCheckTrajectory({ kind: 'file', text: seoulBeijingCsv(1_000), fileName: 'jumps.csv' }, { timeZone: 'Asia/Shanghai' });
    const error = await pool.check(trajectory.parts, PRESETS.companion.rule).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkBudgetExceededError);
    expect((error as WorkBudgetExceededError).measure).toBe('cells');
    expect((await pool.check(data.resident, PRESETS['same-place'].rule)).overlaps.length).toBeGreaterThan(0);
  });

  it('answers a short check on the other worker while a long one runs', async () => {
    const order: string[] = [];
    const long = patientPool
      .check(data.resident, resolveRule(WIDEST_RULE))
      .catch((error: unknown) => expect((error as WorkBudgetExceededError).measure).toBe('wall-time'))
      .then(() => order.push('long'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const random = createRandom(3);
    const short = patientPool.check(fixesToParts(shortTrajectory(createCity(random), random, 100)), PRESETS['same-place'].rule).then(() => order.push('short'));
    await Promise.all([long, short]);
    expect(order).toEqual(['short', 'long']);
  }, 120_000);

  it('keeps answering while a new index is loaded worker by worker', async () => {
    const fewer = data.cases.slice(0, 100);
    const reload = pool.load(fewer);
    const during = await pool.check(data.resident, PRESETS['same-place'].rule);
    expect(during.overlaps.length).toBeGreaterThanOrEqual(0);
    await reload;
    const after = await pool.check(data.resident, PRESETS['same-place'].rule);
    const fewerIndex = buildCaseIndex(fewer);
    expect(after.overlaps).toEqual(withCaseTimes(fewerIndex, findOverlaps(data.resident, fewerIndex, PRESETS['same-place'].rule), PRESETS['same-place'].rule));
  });
});
