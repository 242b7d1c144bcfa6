/** Opens (and on first start, creates, migrates and seeds) the database when the server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Next.js reports uncaught page and handler errors on console.error, whole messages included.
  const { routeConsoleThroughLogger } = await import('@/lib/log/console-bridge');
  routeConsoleThroughLogger();
  const { logger } = await import('@/lib/log/logger');
  const { getDb, probeDatabase } = await import('@/lib/db/client');
  (await import('@/lib/db/health')).registerDatabaseProbe(probeDatabase);
  const started = Date.now();
  try {
    const db = await getDb();
    logger.info({ seconds: Number(((Date.now() - started) / 1000).toFixed(1)) }, 'database ready');
    // The case index and day files before the first resident: a check never waits for a build.
    const { warmCheck, warmCheckRoute, preloadCheckRoute } = await import('@/lib/check/warm-check');
    const warm = await warmCheck(db);
    logger.info({ caseCount: warm.caseCount, indexSeconds: Number((warm.indexMs / 1000).toFixed(1)), caseDaysSeconds: Number((warm.caseDaysMs / 1000).toFixed(1)) }, 'check ready');
    if (process.env.NODE_ENV === 'production') {
      preloadCheckRoute();
      // npm start's server (lib/cli/serve.mjs) answers the check and the day files on this path, past Next's routing.
      (await import('@/lib/api/fast-lane')).registerFastLane();
    }
    // The briefing's zone figures at the present moment (zone unions, seconds at city scale), in the
    // background: the morning's first briefing finds them cached, or joins the computation under way.
    const { warmZoneFigures } = await import('@/lib/db/queries/briefing');
    void warmZoneFigures(db, [(await import('@/lib/clock')).now()]);
    // The case density points (one per published visit) the maps' low-zoom tiles are cut from.
    void (await import('@/lib/db/queries/case-density')).densityPoints(db).catch(() => undefined);
    // Answered once this function returns and the server takes requests; `next start` sets PORT when it listens.
    void warmCheckRoute(process.env.PORT, (await import('@/lib/check/check-engine')).checkPool()?.size ?? 1);
  } catch (error) {
    // Keep serving: endpoints answer 503 and retry the connection on the next request.
    logger.error({ err: error }, 'the database could not be opened');
  }
  // Runs even if the database failed to open: each hourly run retries it.
  (await import('@/lib/db/retention-job')).startRetentionJob();
}

/** A page or handler failed: if the database was unreachable, pages answer 503 until the probe reaches it. */
export async function onRequestError(error: unknown): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { isDatabaseUnreachable } = await import('@/lib/api/respond');
  if (isDatabaseUnreachable(error)) (await import('@/lib/db/health')).markDatabaseDown();
}
