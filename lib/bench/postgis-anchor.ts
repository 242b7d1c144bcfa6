/**
 * Bench anchor (c): the query a GIS engineer would write. Case pieces are rows of
 * (case_code, during tstzrange, geom LineStringM) with one GiST index on (geom, during); the resident's pieces
 * are sent as arrays, joined with ST_DWithin + tstzrange overlap (both served by the index), and ST_CPAWithin
 * keeps pairs whose simultaneous positions come within D (PostGIS's exact closest point of approach).
 *
 * Geometry is in a city-centred azimuthal equidistant projection on Turf's sphere (custom SRID 990001):
 * distances within 15 km of the centre are within ~1e-6 of the haversine, so (b) and (c) disagree only on
 * pairs whose closest approach is within a few centimetres of D. UTM would mix in the ellipsoid (±0.3%).
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';
import { forEachPiece } from '../trajectory/parts-to-pieces';
import type { CaseTrack, LngLat, TrajectoryPart } from '../../lib/trajectory/types';

const SRID = 990001;
/** Bump when the table layout or the generator changes, so cached bench tables are reloaded. */
const SCHEMA_VERSION = 3;
/** PostGIS trajectories need increasing M: a lone timed point is widened to 1 ms. */
const INSTANT_WIDTH_S = 0.001;

type Sql = ReturnType<typeof postgres>;

export type PostgisAnchor = { sql: Sql; origin: number; loadMs: number; isReused: boolean; tables: Map<number, string> };

function connectionUrls(): { admin: string | undefined; bench: string } {
  const override = process.env.BENCH_DATABASE_URL;
  if (override) return { admin: undefined, bench: override };
  return { admin: 'postgres://postgres@127.0.0.1:5432/postgres', bench: 'postgres://postgres@127.0.0.1:5432/gridwatch_bench' };
}

/**
 * Connects (creating database gridwatch_bench and PostGIS if missing), and loads the case pieces once per
 * data fingerprint: one table per size, each with its GiST index. Returns a reason string when the server is
 * unreachable, so the bench can skip (c) instead of crashing.
 *
 * @example
 * const anchor = await preparePostgis(cases, [100, 1_000, 10_000], centre, 'seed-1:10000');
 */
export async function preparePostgis(
  cases: readonly CaseTrack[],
  sizes: readonly number[],
  centre: LngLat,
  fingerprint: string,
  log: (line: string) => void = () => {},
): Promise<PostgisAnchor | string> {
  const urls = connectionUrls();
  const options = { max: 1, connect_timeout: 5, onnotice: () => {}, idle_timeout: 5 };
  try {
    if (urls.admin) {
      const admin = postgres(urls.admin, options);
      try {
        const [row] = await admin`select count(*)::int as n from pg_database where datname = 'gridwatch_bench'`;
        if (row.n === 0) await admin.unsafe('CREATE DATABASE gridwatch_bench');
      } finally {
        await admin.end();
      }
    }
  } catch (error) {
    return `PostgreSQL unreachable (${(error as Error).message})`;
  }

  // JIT compilation costs ~150 ms per check and never pays back on these index-driven plans.
  const sql = postgres(urls.bench, { ...options, idle_timeout: 0, connection: { jit: 'off' } });
  try {
    await sql`create extension if not exists postgis`;
    const proj4 = `+proj=aeqd +lat_0=${centre[1]} +lon_0=${centre[0]} +R=6371008.8 +units=m +no_defs`;
    await sql`
      insert into spatial_ref_sys (srid, auth_name, auth_srid, proj4text, srtext)
      values (${SRID}, 'gridwatch-bench', ${SRID}, ${proj4}, '')
      on conflict (srid) do update set proj4text = excluded.proj4text`;
    await sql`create table if not exists bench_meta (key text primary key, value text not null)`;
    const tables = new Map(sizes.map((n) => [n, `bench_case_segment_${n}`]));
    let origin = Infinity;
    for (const track of cases)
      for (const part of track.parts) origin = Math.min(origin, (part.kind === 'stay' ? part.start : part.times[0]) / 1000);
    const key = `v${SCHEMA_VERSION}:${fingerprint}:${proj4}:${origin}`;
    const [meta] = await sql`select value from bench_meta where key = 'case_segments'`;
    const existing = await sql`select tablename from pg_tables where tablename = any(${[...tables.values()]})`;
    if (meta?.value === key && existing.length === tables.size) {
      log('(c) PostGIS tables from a previous run match this data: reusing them');
      return { sql, origin, loadMs: 0, isReused: true, tables };
    }

    const started = performance.now();
    const largest = Math.max(...sizes);
    const largestTable = tables.get(largest)!;
    for (const table of tables.values()) await sql.unsafe(`drop table if exists ${table}`);
    await sql`drop table if exists bench_case_segment_staging`;
    await sql`
      create unlogged table bench_case_segment_staging
        (case_rank int, case_code text, lng0 float8, lat0 float8, t0 float8, lng1 float8, lat1 float8, t1 float8)`;
    const copy = await sql`copy bench_case_segment_staging from stdin`.writable();
    await pipeline(Readable.from(caseRows(cases.slice(0, largest), 30 * 60_000)), copy);
    log(`(c) copied case pieces in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await sql.unsafe(`
      create unlogged table ${largestTable} as
      select case_rank, case_code,
             tstzrange(to_timestamp(t0), to_timestamp(t1), '[]') as during,
             ${lineM('lng0', 'lat0', 't0', 'lng1', 'lat1', 't1', origin)} as geom
      from bench_case_segment_staging`);
    await sql`drop table bench_case_segment_staging`;
    for (const [n, table] of tables) {
      if (n !== largest)
        await sql.unsafe(`create unlogged table ${table} as select * from ${largestTable} where case_rank < ${n}`);
    }
    await sql`set maintenance_work_mem = '1GB'`;
    for (const table of tables.values()) {
      await sql.unsafe(`create index on ${table} using gist (geom, during)`);
      await sql.unsafe(`analyze ${table}`);
    }
    await sql`insert into bench_meta values ('case_segments', ${key}) on conflict (key) do update set value = excluded.value`;
    const loadMs = performance.now() - started;
    log(`(c) loaded and indexed in ${(loadMs / 1000).toFixed(1)} s`);
    return { sql, origin, loadMs, isReused: false, tables };
  } catch (error) {
    await sql.end();
    return `PostGIS setup failed (${(error as Error).message})`;
  }
}

/** SQL for a LineStringM piece in SRID 990001 with M in seconds since `origin` (M must increase). */
function lineM(lng0: string, lat0: string, t0: string, lng1: string, lat1: string, t1: string, origin: number): string {
  const m1 = `(case when ${t1} > ${t0} then ${t1} else ${t0} + ${INSTANT_WIDTH_S} end)`;
  return `ST_Transform(ST_SetSRID(ST_MakeLine(ST_MakePointM(${lng0}, ${lat0}, ${t0} - ${origin}), ST_MakePointM(${lng1}, ${lat1}, ${m1} - ${origin})), 4326), ${SRID})`;
}

function* caseRows(cases: readonly CaseTrack[], maxGapMs: number): Generator<string> {
  let batch: string[] = [];
  for (let rank = 0; rank < cases.length; rank++) {
    const code = cases[rank].caseCode;
    forEachPiece(cases[rank].parts, maxGapMs, (t0, t1, lng0, lat0, lng1, lat1) => {
      batch.push(`${rank}\t${code}\t${lng0}\t${lat0}\t${t0 / 1000}\t${lng1}\t${lat1}\t${t1 / 1000}\n`);
    });
    if (batch.length > 5_000) {
      yield batch.join('');
      batch = [];
    }
  }
  if (batch.length > 0) yield batch.join('');
}

/** The resident's pieces as six parallel arrays (lng0, lat0, t0 s, lng1, lat1, t1 s) for unnest(). */
export function residentArrays(resident: readonly TrajectoryPart[], maxGapMs = 30 * 60_000): number[][] {
  const columns: number[][] = [[], [], [], [], [], []];
  forEachPiece(resident, maxGapMs, (t0, t1, lng0, lat0, lng1, lat1) => {
    columns[0].push(lng0);
    columns[1].push(lat0);
    columns[2].push(t0 / 1000);
    columns[3].push(lng1);
    columns[4].push(lat1);
    columns[5].push(t1 / 1000);
  });
  return columns;
}

/**
 * One check: the case codes whose pieces come within `distanceMeters` of the resident's at the same time.
 *
 * @example
 * await queryPostgis(anchor, 10_000, residentArrays(parts), 100) // → Set { 'C-00001', … }
 */
export async function queryPostgis(
  anchor: PostgisAnchor,
  size: number,
  columns: number[][],
  distanceMeters: number,
): Promise<Set<string>> {
  const table = anchor.tables.get(size);
  if (!table) throw new Error(`no PostGIS table for ${size} cases`);
  const rows = await anchor.sql.unsafe(
    `with r as (
       select tstzrange(to_timestamp(t0), to_timestamp(t1), '[]') as during,
              ${lineM('lng0', 'lat0', 't0', 'lng1', 'lat1', 't1', anchor.origin)} as geom
       from unnest($1::float8[], $2::float8[], $3::float8[], $4::float8[], $5::float8[], $6::float8[])
            as u(lng0, lat0, t0, lng1, lat1, t1)
     )
     select distinct c.case_code
     from r join ${table} c on c.during && r.during and ST_DWithin(c.geom, r.geom, $7)
     where ST_CPAWithin(c.geom, r.geom, $7)`,
    [...columns, distanceMeters],
  );
  return new Set(rows.map((row) => String(row.case_code)));
}

/**
 * The plan of one check, to show in the bench output that the index is used.
 *
 * @example
 * await explainPostgis(anchor, 100, residentArrays(parts), 100) // → 'Nested Loop … Index Scan using …'
 */
export async function explainPostgis(
  anchor: PostgisAnchor,
  size: number,
  columns: number[][],
  distanceMeters: number,
): Promise<string> {
  const table = anchor.tables.get(size)!;
  const rows = await anchor.sql.unsafe(
    `explain with r as (
       select tstzrange(to_timestamp(t0), to_timestamp(t1), '[]') as during,
              ${lineM('lng0', 'lat0', 't0', 'lng1', 'lat1', 't1', anchor.origin)} as geom
       from unnest($1::float8[], $2::float8[], $3::float8[], $4::float8[], $5::float8[], $6::float8[])
            as u(lng0, lat0, t0, lng1, lat1, t1)
     )
     select distinct c.case_code
     from r join ${table} c on c.during && r.during and ST_DWithin(c.geom, r.geom, $7)
     where ST_CPAWithin(c.geom, r.geom, $7)`,
    [...columns, distanceMeters],
  );
  return rows.map((row) => String(row['QUERY PLAN'])).join('\n');
}
