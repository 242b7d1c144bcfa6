/**
 * Whether the database is known to be unreachable, shared by the request handlers and the proxy (which
 * runs in the same process): while it is, pages answer 503 with Retry-After at once, and a probe
 * registered at start-up tries the database again in the background every few seconds. No imports, so
 * the proxy can read it without loading a database driver.
 */
type HealthState = { isDown: boolean; nextProbeAt: number; isProbing: boolean; probe?: () => Promise<void>; pageProbe?: Promise<void> };

const holder = globalThis as typeof globalThis & { gridwatchDatabaseHealth?: HealthState };
const state = (holder.gridwatchDatabaseHealth ??= { isDown: false, nextProbeAt: 0, isProbing: false });

/** How often, while the database is down, the background probe tries it again. */
export const DATABASE_PROBE_INTERVAL_MS = 5_000;

/** What a 503 tells clients to wait before retrying (seconds). */
export const RETRY_AFTER_SECONDS = 30;

/** Records that the database could not be reached (opening it, or a query's connection failed). */
export function markDatabaseDown(now = Date.now()): void {
  if (!state.isDown) state.nextProbeAt = now + DATABASE_PROBE_INTERVAL_MS;
  state.isDown = true;
}

/** Records that the database answered. */
export function markDatabaseUp(): void {
  state.isDown = false;
}

/** The function that tries the database (instrumentation registers `probeDatabase`). */
export function registerDatabaseProbe(probe: () => Promise<void>): void {
  state.probe = probe;
}

/**
 * Whether pages should answer 503 now without touching the database; while down, starts a background
 * probe when one is due (it marks the database up or down when it settles).
 *
 * @example
 * markDatabaseDown(); isDatabaseDown() // → true, until a probe reaches the database
 */
export function isDatabaseDown(now = Date.now()): boolean {
  if (!state.isDown) return false;
  if (state.probe && !state.isProbing && now >= state.nextProbeAt) {
    state.isProbing = true;
    state.nextProbeAt = now + DATABASE_PROBE_INTERVAL_MS;
    void state.probe().finally(() => {
      state.isProbing = false;
    });
  }
  return state.isDown;
}

/**
 * For the proxy, before a page renders: down if known down (as `isDatabaseDown`); otherwise asks the
 * database first (one trivial statement, shared by the page requests that arrive meanwhile), so the request
 * that discovers an outage answers 503 too instead of rendering a 500. Costs a page one round trip.
 *
 * @example
 * if (await isDatabaseDownForPage()) return unavailablePage(…) // 503 + Retry-After
 */
export async function isDatabaseDownForPage(now = Date.now()): Promise<boolean> {
  if (state.isDown || !state.probe) return isDatabaseDown(now);
  state.pageProbe ??= state.probe().finally(() => {
    state.pageProbe = undefined;
  });
  await state.pageProbe;
  return state.isDown;
}
