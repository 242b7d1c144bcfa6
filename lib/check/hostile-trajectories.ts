/**
 * Trajectories that cost a check far more than their size suggests, for the work-budget tests and the
 * bench: each is small enough to pass the size limits (CHECK_LIMITS) and was measured to freeze the
 * single-threaded server for tens of seconds before checks had a budget.
 */

const SEOUL = [126.978, 37.5665] as const;
const BEIJING = [116.4074, 39.9042] as const;

/**
 * A CSV of `points` fixes a minute apart jumping between Seoul and Beijing (~950 km each way): in companion
 * mode every piece is traced through ~19,000 H3 cells (42.5 s for 1,000 points, unbudgeted).
 *
 * @example
 * seoulBeijingCsv(1_000).length // → ~40 KB
 */
export function seoulBeijingCsv(points = 1_000, start = Date.UTC(2022, 3, 1, 1)): string {
  const lines = ['lon,lat,time'];
  for (let k = 0; k < points; k++) {
    const [lng, lat] = k % 2 ? BEIJING : SEOUL;
    lines.push(`${lng.toFixed(6)},${lat.toFixed(6)},${new Date(start + k * 60_000).toISOString()}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The widest custom rule the API accepts: 5 km, a fortnight's tolerance (30 s for 20,000 points, 15 MB answered). */
export const WIDEST_RULE = { distanceMeters: 5_000, toleranceMinutes: 14 * 24 * 60, minOverlapMinutes: 0 } as const;
