import { sql } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db/client';
import { forgetRateLeases } from '@/lib/api/rate-limit';

/** The integration tests' database: the process's one (embedded or server, by DATABASE_URL). */
export const testDb = (): Promise<Db> => getDb();

/** Empties every table so each test file starts clean. */
export async function resetTables(db: Db): Promise<void> {
  await db.execute(sql`TRUNCATE audit_log, gazetteer_places, resident_reports, testing_rounds, district_targets, case_visits, cases, grid_cells, communities, zones, sessions, users, rate_limit_buckets, sign_in_throttles RESTART IDENTITY CASCADE`);
  forgetRateLeases();
}

/** Which database the integration run is against, for test names. */
export const databaseKind = process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite';
