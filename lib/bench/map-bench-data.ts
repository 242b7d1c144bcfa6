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
import { seedDemoIfEmpty } from '../demo/seed-demo';

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
    await sql`SELECT setseed(0.2022)`;
    await sql`
      INSERT INTO zones (kind, name, geom, effective_from)
      SELECT (ARRAY['sealed','controlled','precaution'])[1 + i % 3]::zone_kind, 'Bench zone ' || i,
        ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(126.78 + random() * 0.15, 37.45 + random() * 0.14), 4326)::geography, 80 + (i % 3) * 250, 8)::geometry),
        ${AT}::timestamptz - (random() * 10 || ' days')::interval
      FROM generate_series(1, ${ZONES}) AS i`;
    await sql`
      INSERT INTO cases (code, classification, reported_at, status, published_at)
      SELECT 'B-' || lpad(i::text, 5, '0'), 'confirmed', ${AT}::timestamptz - (random() * 9 || ' days')::interval, 'published', now()
      FROM generate_series(1, ${CASES}) AS i`;
    // One movement of POINTS_PER_TRACK points (a random walk, one minute apart) ending before the report.
    await sql`
      INSERT INTO case_visits (case_id, seq, place, geom, coord_times, starts_at, ends_at)
      SELECT c.id, 0, NULL, ST_SetSRID(ST_MakeLine(w.pts), 4326), w.times, w.times[1], w.times[${POINTS_PER_TRACK}]
      FROM (SELECT id, reported_at, 126.78 + random() * 0.15 AS lng0, 37.45 + random() * 0.14 AS lat0 FROM cases WHERE code LIKE 'B-%') c
      CROSS JOIN LATERAL (
        SELECT array_agg(ST_MakePoint(x, y) ORDER BY k) AS pts, array_agg(t ORDER BY k) AS times FROM (
          SELECT k, c.lng0 + sum((random() - 0.5) * 0.0015) OVER (ORDER BY k) AS x, c.lat0 + sum((random() - 0.5) * 0.0012) OVER (ORDER BY k) AS y,
            c.reported_at - interval '2 days' + k * interval '1 minute' AS t
          FROM generate_series(1, ${POINTS_PER_TRACK}) AS k
        ) s
      ) w`;
    await sql`
      INSERT INTO case_visits (case_id, seq, place, geom, starts_at, ends_at)
      SELECT v.case_id, 1, 'Bench place', ST_EndPoint(v.geom), v.ends_at, v.ends_at + interval '1 hour'
      FROM case_visits v JOIN cases c ON c.id = v.case_id WHERE c.code LIKE 'B-%' AND v.seq = 0`;
    await sql`ANALYZE`;
    const [row] = await sql<{ points: string; visits: string }[]>`SELECT sum(ST_NPoints(geom)) AS points, count(*) AS visits FROM case_visits`;
    return { points: Number(row.points), visits: Number(row.visits), official };
  } finally {
    await sql.end();
  }
}
