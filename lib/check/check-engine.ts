import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { settings } from '@/lib/env';
import { buildCaseIndex, type CaseIndex } from '@/lib/overlap/build-case-index';
import { findOverlaps } from '@/lib/overlap/find-overlaps';
import type { OverlapRule } from '@/lib/overlap/rule';
import type { Overlap } from '@/lib/overlap/types';
import { createWorkMeter, DEFAULT_WORK_BUDGET, isWorkBudgetExceeded } from '@/lib/overlap/work-budget';
import type { CaseTrack, TrajectoryPart } from '@/lib/trajectory/types';
import { budgetAppError } from './check-budget';
import { withCaseTimes } from './case-time-there';
import { createCheckPool, type CheckPool } from './check-pool';
import { logger } from '@/lib/log/logger';

/** Written by `npm run build` (lib/cli/build-check-worker.mjs). */
const CHECK_WORKER_FILE = path.join('.next', 'gridwatch-check-worker.mjs');

const globalForEngine = globalThis as typeof globalThis & { gridwatchCheckPool?: CheckPool | null };

/**
 * The process's check worker pool: GRIDWATCH_CHECK_WORKERS threads (one per core in production) when the
 * production build's worker bundle is there; null otherwise (development and tests check in-process).
 */
export function checkPool(): CheckPool | null {
  if (globalForEngine.gridwatchCheckPool !== undefined) return globalForEngine.gridwatchCheckPool;
  const file = path.join(process.cwd(), CHECK_WORKER_FILE);
  const pool = settings.checkWorkers > 0 && fs.existsSync(file) ? createCheckPool({ file, size: settings.checkWorkers }) : null;
  if (settings.checkWorkers > 0 && !pool) logger.warn({ file: CHECK_WORKER_FILE }, 'the check worker is missing (run npm run build); checks run on the main thread');
  globalForEngine.gridwatchCheckPool = pool;
  return pool;
}

/** Where checks run: the pool's workers, or an index in this thread. */
export type CheckEngine = { kind: 'pool'; pool: CheckPool } | { kind: 'local'; index: CaseIndex };

/**
 * Loads newly published tracks into the engine: into the pool's workers (built there, beside the old
 * index, and swapped worker by worker), or into a new index on this thread without a pool.
 *
 * @example
 * const engine = await loadCheckEngine(await listPublishedCaseTracksForIndex(db));
 */
export async function loadCheckEngine(tracks: readonly CaseTrack[]): Promise<CheckEngine> {
  const pool = checkPool();
  if (pool) {
    await pool.load(tracks);
    return { kind: 'pool', pool };
  }
  return { kind: 'local', index: buildCaseIndex(tracks) };
}

/**
 * Runs one check under the work budget. Throws the coded 422 (check.work-budget-exceeded) when the
 * trajectory exceeds it.
 *
 * @example
 * await runEngineCheck(snapshot.engine, parts, rule) // → [{ caseCode: 'C-009', … }]
 */
export async function runEngineCheck(engine: CheckEngine, parts: readonly TrajectoryPart[], rule: OverlapRule): Promise<Overlap[]> {
  try {
    if (engine.kind === 'pool') return (await engine.pool.check(parts, rule)).overlaps;
    return withCaseTimes(engine.index, findOverlaps(parts, engine.index, rule, { meter: createWorkMeter(DEFAULT_WORK_BUDGET) }), rule);
  } catch (error) {
    if (isWorkBudgetExceeded(error)) throw budgetAppError(error);
    throw error;
  }
}
