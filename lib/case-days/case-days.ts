import 'server-only';
import { settings } from '@/lib/env';
import type { CaseTrack } from '@/lib/trajectory/types';
import { createCaseDayStore, type CaseDayBuild, type CaseDayStore } from './day-file-store';

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
        console.log(`Gridwatch: case day files rebuilt for ${result.rebuiltDays.length} day(s), removed ${result.removedDays.length}, kept ${result.keptDays}, in ${Math.round(result.ms)} ms`);
      }
      return result;
    })
    .catch((error: unknown) => {
      console.error('Gridwatch: building the case day files failed:', error);
      return undefined;
    });
  globalForCaseDays.gridwatchCaseDaysBuild = build;
  return build;
}

/** The latest background build (start-up waits for it before the app reports ready). */
export const latestCaseDaysBuild = (): Promise<CaseDayBuild | undefined> => globalForCaseDays.gridwatchCaseDaysBuild ?? Promise.resolve(undefined);
