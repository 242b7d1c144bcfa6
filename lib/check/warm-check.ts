import 'server-only';
import { caseDayStore, latestCaseDaysBuild } from '@/lib/case-days/case-days';
import type { Db } from '@/lib/db/client';
import { getCheckSnapshot, SNAPSHOT_MAX_AGE_MS } from './check-snapshot';
import { logger } from '@/lib/log/logger';

const globalForWarm = globalThis as typeof globalThis & { gridwatchCheckPoller?: NodeJS.Timeout };

/**
 * Makes the check ready before the first resident: loads the day files a previous run left (so the private
 * check is served at once), builds the case index and waits for the day files of the published tracks.
 * Then keeps both fresh in the background: every SNAPSHOT_MAX_AGE_MS one cheap query says whether the
 * published cases changed, and if so the new index and day files are built beside the old and swapped.
 *
 * @example
 * await warmCheck(await getDb()); // in instrumentation.ts, before the server reports ready
 */
export async function warmCheck(db: Db): Promise<{ indexMs: number; caseDaysMs: number; caseCount: number }> {
  const started = performance.now();
  await caseDayStore().loadFromDisk();
  const snapshot = await getCheckSnapshot(db);
  const indexMs = performance.now() - started;
  await latestCaseDaysBuild();
  globalForWarm.gridwatchCheckPoller ??= setInterval(() => {
    getCheckSnapshot(db).catch((error: unknown) => logger.error({ err: error }, 'refreshing the check snapshot failed'));
  }, SNAPSHOT_MAX_AGE_MS).unref();
  return { indexMs, caseDaysMs: performance.now() - started - indexMs, caseCount: snapshot.caseCount };
}
