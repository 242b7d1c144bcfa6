/** Opens (and on first start, creates, migrates and seeds) the database when the server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getDb } = await import('@/lib/db/client');
  const started = Date.now();
  try {
    const db = await getDb();
    console.log(`Gridwatch: database ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // The case index and day files before the first resident: a check never waits for a build.
    const warm = await (await import('@/lib/check/warm-check')).warmCheck(db);
    console.log(`Gridwatch: check ready (${warm.caseCount} published cases; index ${(warm.indexMs / 1000).toFixed(1)} s, day files ${(warm.caseDaysMs / 1000).toFixed(1)} s)`);
  } catch (error) {
    // Keep serving: endpoints answer 503 and retry the connection on the next request.
    console.error('Gridwatch: the database could not be opened:', error);
  }
  // Runs even if the database failed to open: each hourly run retries it.
  (await import('@/lib/db/retention-job')).startRetentionJob();
}
