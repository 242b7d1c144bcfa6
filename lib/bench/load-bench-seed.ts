/**
 * Fills a fresh PostgreSQL database for the load bench: the app's migrations, the demo communities, the
 * 10,000 published case tracks of the overlap bench's data set (COPY, seconds rather than minutes of
 * inserts), zones around the city's popular places, and staff accounts for the writers.
 */
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';
import { hashPassword } from '../../lib/auth/password';
import { openDatabase } from '../../lib/db/client';
import { createUser } from '../../lib/db/queries/users';
import { seedDemoIfEmpty } from '../demo/seed-demo';
import { parseSettings } from '../../lib/env';
import type { CaseTrack, TrajectoryPart } from '../../lib/trajectory/types';
import { DAY, type City } from './bench-data';

export type StaffAccount = { username: string; password: string };
export type LoadSeed = { cases: number; visits: number; fixes: number; zones: number; staff: StaffAccount[] };

const ZONE_COUNT = 300;

/** Drops and creates the database named by `databaseUrl` (through the server's `postgres` database). */
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

/** Drops the bench database (the run leaves nothing behind unless asked to). */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = databaseUrl.slice(databaseUrl.lastIndexOf('/') + 1);
  const admin = postgres(`${databaseUrl.slice(0, databaseUrl.lastIndexOf('/'))}/postgres`, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

const iso = (ms: number) => new Date(ms).toISOString();
const lastTime = (part: TrajectoryPart) => (part.kind === 'stay' ? part.end : part.times[part.times.length - 1]);

/** COPY text rows of case_visits: case_id, seq, place, geom (EWKT), coord_times, starts_at, ends_at. */
function* visitRows(tracks: readonly CaseTrack[], idByCode: Map<string, number>): Generator<string> {
  for (const track of tracks) {
    const caseId = idByCode.get(track.caseCode);
    if (caseId === undefined) throw new Error(`case ${track.caseCode} was not inserted`);
    for (const [seq, part] of track.parts.entries()) {
      const place = part.place ? part.place.replace(/[\\\t\n\r]/g, ' ') : '\\N';
      if (part.kind === 'stay') {
        yield `${caseId}\t${seq}\t${place}\tSRID=4326;POINT(${part.lngLat[0]} ${part.lngLat[1]})\t\\N\t${iso(part.start)}\t${iso(part.end)}\n`;
      } else {
        const line = part.lngLats.map(([lng, lat]) => `${lng} ${lat}`).join(',');
        const times = `{${part.times.map(iso).join(',')}}`;
        yield `${caseId}\t${seq}\t${place}\tSRID=4326;LINESTRING(${line})\t${times}\t${iso(part.times[0])}\t${iso(lastTime(part))}\n`;
      }
    }
  }
}

/**
 * Migrates and fills the bench database. Cases are published, each reported when its track ends; zones
 * (sealed 100 m, controlled 400 m, precaution 1 km around the most popular places) are in force from the
 * day before the data starts. Returns what it wrote and the staff accounts (random passwords).
 */
export async function seedLoadBench(databaseUrl: string, tracks: readonly CaseTrack[], city: City, staffCount: number): Promise<LoadSeed> {
  const handle = await openDatabase({ settings: parseSettings({ DATABASE_URL: databaseUrl, GRIDWATCH_DEMO: 'off' }), seedDemo: false });
  const staff: StaffAccount[] = Array.from({ length: staffCount }, (_, i) => ({ username: `bench-staff-${i + 1}`, password: randomBytes(12).toString('hex') }));
  try {
    // The demo's Seoul communities give the map reads and tiles their community layer.
    await seedDemoIfEmpty(handle.db);
    for (const account of staff) {
      await createUser(handle.db, { username: account.username, role: 'staff', passwordHash: await hashPassword(account.password) }, { label: 'bench' });
    }
  } finally {
    await handle.close();
  }

  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const inserted = await sql<{ id: number; code: string }[]>`
      INSERT INTO cases (code, classification, reported_at, status, published_at)
      SELECT code, 'confirmed', reported_at, 'published', now()
      FROM json_to_recordset(${JSON.stringify(tracks.map((t) => ({ code: t.caseCode, reported_at: iso(Math.max(...t.parts.map(lastTime))) })))}::text::json)
        AS t(code text, reported_at timestamptz)
      RETURNING id, code`;
    const idByCode = new Map(inserted.map((row) => [row.code, row.id]));
    const copy = await sql`COPY case_visits (case_id, seq, place, geom, coord_times, starts_at, ends_at) FROM STDIN`.writable();
    await pipeline(Readable.from(visitRows(tracks, idByCode)), copy);

    const popular = city.places.slice(0, ZONE_COUNT / 3);
    const kinds = ['sealed', 'controlled', 'precaution'] as const;
    const radius = { sealed: 100, controlled: 400, precaution: 1_000 };
    for (const kind of kinds) {
      await sql`
        INSERT INTO zones (kind, name, geom, effective_from)
        SELECT ${kind}::zone_kind, ${kind} || ' · ' || p.name,
          ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(p.lng, p.lat), 4326)::geography, ${radius[kind]}, 8)::geometry),
          ${iso(city.start - DAY)}::timestamptz
        FROM json_to_recordset(${JSON.stringify(popular.map((p) => ({ name: p.name, lng: p.lngLat[0], lat: p.lngLat[1] })))}::text::json)
          AS p(name text, lng float8, lat float8)`;
    }
    await sql`ANALYZE`;
    const [row] = await sql<{ visits: string; fixes: string; zones: string }[]>`
      SELECT (SELECT count(*) FROM case_visits) AS visits, (SELECT sum(ST_NPoints(geom)) FROM case_visits) AS fixes, (SELECT count(*) FROM zones) AS zones`;
    return { cases: inserted.length, visits: Number(row.visits), fixes: Number(row.fixes), zones: Number(row.zones), staff };
  } finally {
    await sql.end();
  }
}
