import 'server-only';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
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

/**
 * Sends this server one small check of its own once it takes requests (a two-fix trajectory at 0°, 0°, no
 * one's data), so the check route's code is loaded and compiled and every worker has run a check before a
 * resident's arrives: at city scale the first check after a start otherwise took ~2 s. Not awaited by the
 * start (the server answers only after it); a failure is only logged.
 *
 * @example
 * void warmCheckRoute(process.env.PORT); // in instrumentation.ts, after warmCheck
 */
export async function warmCheckRoute(port: string | undefined, workers = 2): Promise<void> {
  if (!port) return;
  const now = Date.now();
  const times = [now - 3_600_000, now - 3_540_000].map((t) => new Date(t).toISOString());
  const body = JSON.stringify({
    trajectory: { type: 'Feature', properties: { coordTimes: times }, geometry: { type: 'LineString', coordinates: [[0, 0], [0.001, 0]] } },
    rule: { preset: 'same-place' },
  });
  const started = performance.now();
  try {
    // One at a time per worker: the pool sends each to the least busy one.
    await Promise.all(
      Array.from({ length: Math.max(1, workers) }, () =>
        fetch(`http://127.0.0.1:${port}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) => r.arrayBuffer()),
      ),
    );
    logger.info({ ms: Math.round(performance.now() - started) }, 'check route warmed');
  } catch (error) {
    logger.warn({ err: error }, 'warming the check route failed');
  }
}

/**
 * Loads the production build's check route module before the server takes requests: `next start` loads a
 * route's module (and everything it imports) on its first request — about a second on a busy 2-core
 * machine — with Node's own `require`, so requiring the same file here leaves it cached for that request.
 * Only with a production build (`next dev` compiles routes on demand); false when there is none or it fails.
 *
 * @example
 * preloadCheckRoute(); // in instrumentation.ts, before warmCheckRoute
 */
export function preloadCheckRoute(root = process.cwd()): boolean {
  const file = path.join(root, '.next', 'server', 'app', 'api', 'check', 'route.js');
  if (!fs.existsSync(file)) return false;
  try {
    createRequire(path.join(root, 'package.json'))(file);
    return true;
  } catch (error) {
    logger.warn({ err: error }, 'loading the check route before the first request failed');
    return false;
  }
}
