import 'server-only';
import { sql } from 'drizzle-orm';
import { buildCaseIndex, type CaseIndex } from '@/lib/overlap/build-case-index';
import { rowsOf, type Db } from '@/lib/db/client';
import { listPublishedCaseTracks } from '@/lib/db/queries/cases';

type Cached = { fingerprint: string; index: CaseIndex; caseCount: number };

const globalForIndex = globalThis as typeof globalThis & { gridwatchCaseIndex?: Cached; gridwatchCaseIndexBuild?: Promise<Cached> };

/** Changes whenever a case is published, unpublished, edited or deleted (cheap: one indexed aggregate). */
async function publishedFingerprint(db: Db): Promise<string> {
  const [row] = rowsOf<{ n: string | number; updated: string | Date | null; ids: string | number | null }>(
    await db.execute(sql`select count(*) as n, max(updated_at) as updated, sum(id) as ids from cases where status = 'published'`),
  );
  return `${row.n}|${row.updated ? new Date(row.updated).toISOString() : '-'}|${row.ids ?? 0}`;
}

/**
 * The overlap engine's index over every published case track, built once and rebuilt when the published
 * set changes (checked per request). Concurrent requests share one build.
 */
export async function getCaseIndex(db: Db): Promise<{ index: CaseIndex; caseCount: number }> {
  const fingerprint = await publishedFingerprint(db);
  const cached = globalForIndex.gridwatchCaseIndex;
  if (cached?.fingerprint === fingerprint) return cached;
  globalForIndex.gridwatchCaseIndexBuild ??= (async () => {
    const tracks = await listPublishedCaseTracks(db);
    const built = { fingerprint, index: buildCaseIndex(tracks), caseCount: tracks.length };
    globalForIndex.gridwatchCaseIndex = built;
    return built;
  })().finally(() => {
    globalForIndex.gridwatchCaseIndexBuild = undefined;
  });
  return globalForIndex.gridwatchCaseIndexBuild;
}
