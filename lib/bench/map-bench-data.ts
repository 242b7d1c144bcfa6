/**
 * The map bench's data: 10,000 published case tracks (100 points each, ~1 million points) and 1,000 zones
 * on top of the demo communities, in a PostgreSQL database. Shared by `npm run bench:map` and
 * `npm run bench:tile-sizes`.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { hashPassword } from '../../lib/auth/password';
import { openDatabase } from '../../lib/db/client';
import { createUser } from '../../lib/db/queries/users';
import { parseSettings } from '../../lib/env';
import { seedDemoIfEmpty } from '../../lib/db/seed-demo';
import { insertBenchTracks } from './bench-tracks-sql';

export const BENCH_MAP_URL_DEFAULT = 'postgres://postgres@127.0.0.1:5432/gridwatch_bench_map';
export const CASES = 10_000;
export const POINTS_PER_TRACK = 100;
export const ZONES = 1_000;
export const AT = '2020-03-20T00:00:00.000Z';
/** Where the bench's tracks and zones are (Guro/Yangcheon, Seoul). */
export const CENTRE: [number, number] = [126.857, 37.519];

/** Drops and creates the bench database (its name is checked: it goes into DDL). */
export async function recreateDatabase(databaseUrl: string): Promise<void> {
  const name = databaseUrl.slice(databaseUrl.lastIndexOf('/') + 1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name ${name}`);
  const admin = postgres(`${databaseUrl.slice(0, databaseUrl.lastIndexOf('/'))}/postgres`, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

/** Seeds in SQL (generate_series): a million points in seconds rather than minutes of client inserts. */
export type BenchAccount = { username: string; password: string };

/**
 * Seeds the bench data and an official's account (random password) for the briefing, which is not public;
 * returns the counts and the account.
 */
export async function seedMapBench(databaseUrl: string): Promise<{ points: number; visits: number; official: BenchAccount }> {
  const handle = await openDatabase({ settings: parseSettings({ DATABASE_URL: databaseUrl, GRIDWATCH_DEMO: 'off' }), seedDemo: false });
  const official = { username: 'bench-official', password: randomBytes(12).toString('hex') };
  try {
    await seedDemoIfEmpty(handle.db);
    await createUser(handle.db, { username: official.username, role: 'official', passwordHash: await hashPassword(official.password) }, { label: 'bench' });
  } finally {
    await handle.close();
  }
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await insertBenchTracks(sql, { cases: CASES, zones: ZONES, pointsPerTrack: POINTS_PER_TRACK, at: AT });
    const [row] = await sql<{ points: string; visits: string }[]>`SELECT sum(ST_NPoints(geom)) AS points, count(*) AS visits FROM case_visits`;
    return { points: Number(row.points), visits: Number(row.visits), official };
  } finally {
    await sql.end();
  }
}
