import 'server-only';
import { settings } from '@/lib/env';
import type { CoverageBasis } from '@/lib/check/coverage';
import type { CaseTrack } from '@/lib/trajectory/types';
import { createCaseDayStore, type CaseDayBuild, type CaseDayStore } from './day-file-store';
import { logger } from '@/lib/log/logger';

const globalForCaseDays = globalThis as typeof globalThis & {
  gridwatchCaseDays?: CaseDayStore;
  gridwatchCaseDaysBuild?: Promise<CaseDayBuild | undefined>;
};

/** The process's day-file store (GRIDWATCH_CASE_DAYS_DIR, days in GRIDWATCH_TZ). */
export function caseDayStore(): CaseDayStore {
  globalForCaseDays.gridwatchCaseDays ??= createCaseDayStore({ dir: settings.caseDaysDir, timeZone: settings.timeZone });
  return globalForCaseDays.gridwatchCaseDays;
}

/**
 * Rebuilds the day files for newly loaded published tracks, in the background (the check snapshot calls
 * this whenever it reloads the cases). A failure is logged and leaves the previous files served.
 */
export function buildCaseDaysInBackground(tracks: readonly CaseTrack[]): Promise<CaseDayBuild | undefined> {
  const build = caseDayStore()
    .build(tracks)
    .then((result) => {
      if (result.rebuiltDays.length || result.removedDays.length) {
        logger.info({ rebuiltDays: result.rebuiltDays.length, removedDays: result.removedDays.length, keptDays: result.keptDays, ms: Math.round(result.ms) }, 'case day files rebuilt');
      }
      return result;
    })
    .catch((error: unknown) => {
      logger.error({ err: error }, 'building the case day files failed');
      return undefined;
    });
  globalForCaseDays.gridwatchCaseDaysBuild = build;
  return build;
}

/** The latest background build (start-up waits for it before the app reports ready). */
export const latestCaseDaysBuild = (): Promise<CaseDayBuild | undefined> => globalForCaseDays.gridwatchCaseDaysBuild ?? Promise.resolve(undefined);

/** Puts the coverage basis in the day-file manifest (the check snapshot calls this whenever it reads it). */
export function setCaseDaysBasis(basis: CoverageBasis): void {
  caseDayStore()
    .setBasis(basis)
    .catch((error: unknown) => logger.error({ err: error }, 'writing the coverage basis into the case day manifest failed'));
}
