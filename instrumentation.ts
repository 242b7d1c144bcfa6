/** Opens (and on first start, creates, migrates and seeds) the database when the server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getDb } = await import('@/lib/db/client');
  const started = Date.now();
  try {
    await getDb();
    console.log(`Gridwatch: database ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    // Keep serving: endpoints answer 503 and retry the connection on the next request.
    console.error('Gridwatch: the database could not be opened:', error);
  }
  // Runs even if the database failed to open: each hourly run retries it.
  (await import('@/lib/db/retention-job')).startRetentionJob();
}
