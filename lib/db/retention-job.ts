import 'server-only';
import { getDb } from './client';
import { deleteExpiredReports } from './queries/reports';
import { logger } from '@/lib/log/logger';
import { sweepThrottles } from './queries/throttles';

/** Rate-limit buckets refill within this (lib/api/rate-limit.ts); idle throttles are forgotten after it. */
const THROTTLE_IDLE_SECONDS = 3600;

const HOUR_MS = 3_600_000;

const globalForJob = globalThis as typeof globalThis & { gridwatchRetentionTimer?: ReturnType<typeof setInterval> };

async function runOnce(): Promise<void> {
  try {
    const deleted = await deleteExpiredReports(await getDb(), new Date());
    if (deleted > 0) logger.info({ deleted }, 'deleted expired resident reports');
    await sweepThrottles(await getDb(), THROTTLE_IDLE_SECONDS);
  } catch (error) {
    // The next hour tries again; a database that is down must not stop the server.
    logger.error({ err: error }, 'the report retention job failed');
  }
}

/**
 * Deletes expired resident reports now and then every hour, once per process (a second call is a no-op).
 * The timer does not keep the process alive.
 *
 * @example
 * startRetentionJob() // in instrumentation.ts, after the database opens
 */
export function startRetentionJob(): void {
  if (globalForJob.gridwatchRetentionTimer) return;
  void runOnce();
  globalForJob.gridwatchRetentionTimer = setInterval(() => void runOnce(), HOUR_MS);
  globalForJob.gridwatchRetentionTimer.unref?.();
}
