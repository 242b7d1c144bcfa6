import 'server-only';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../client';

/**
 * The home map's counts at an instant, computed in SQL so they hold when the map reads tiles: zones in
 * force, published cases reported by then, communities.
 */
export async function countHomeFigures(db: Db, at: Date): Promise<{ zones: number; cases: number; communities: number }> {
  const [row] = rowsOf<{ zones: string | number; cases: string | number; communities: string | number }>(
    await db.execute(sql`SELECT
      (SELECT count(*) FROM zones WHERE effective_from <= ${at.toISOString()}::timestamptz AND (lifted_at IS NULL OR lifted_at > ${at.toISOString()}::timestamptz)) AS zones,
      (SELECT count(*) FROM cases WHERE status = 'published' AND reported_at <= ${at.toISOString()}::timestamptz) AS cases,
      (SELECT count(*) FROM communities) AS communities`),
  );
  return { zones: Number(row.zones), cases: Number(row.cases), communities: Number(row.communities) };
}
