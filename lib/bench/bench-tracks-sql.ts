/**
 * City-scale map data in SQL (generate_series): published case tracks of `pointsPerTrack` points (a random
 * walk, one minute apart, ending two days before the report) each with a place at its end, and circular
 * zones of the three kinds, around Guro/Yangcheon in Seoul. A million points in seconds rather than minutes
 * of client inserts. No app imports, so the e2e specs can seed with it too.
 */
import type { Sql } from 'postgres';

export type BenchTracksOptions = { cases: number; zones: number; pointsPerTrack: number; at: string; codePrefix?: string };

export async function insertBenchTracks(sql: Sql, options: BenchTracksOptions): Promise<void> {
  const { cases, zones, pointsPerTrack, at, codePrefix = 'B-' } = options;
  await sql`SELECT setseed(0.2022)`;
  await sql`
    INSERT INTO zones (kind, name, geom, effective_from)
    SELECT (ARRAY['sealed','controlled','precaution'])[1 + i % 3]::zone_kind, 'Bench zone ' || i,
      ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(126.78 + random() * 0.15, 37.45 + random() * 0.14), 4326)::geography, 80 + (i % 3) * 250, 8)::geometry),
      ${at}::timestamptz - (random() * 10 || ' days')::interval
    FROM generate_series(1, ${zones}) AS i`;
  await sql`
    INSERT INTO cases (code, classification, reported_at, status, published_at)
    SELECT ${codePrefix} || lpad(i::text, 5, '0'), 'confirmed', ${at}::timestamptz - (random() * 9 || ' days')::interval, 'published', now()
    FROM generate_series(1, ${cases}) AS i`;
  await sql`
    INSERT INTO case_visits (case_id, seq, place, geom, coord_times, starts_at, ends_at)
    SELECT c.id, 0, NULL, ST_SetSRID(ST_MakeLine(w.pts), 4326), w.times, w.times[1], w.times[${pointsPerTrack}]
    FROM (SELECT id, reported_at, 126.78 + random() * 0.15 AS lng0, 37.45 + random() * 0.14 AS lat0 FROM cases WHERE starts_with(code, ${codePrefix})) c
    CROSS JOIN LATERAL (
      SELECT array_agg(ST_MakePoint(x, y) ORDER BY k) AS pts, array_agg(t ORDER BY k) AS times FROM (
        SELECT k, c.lng0 + sum((random() - 0.5) * 0.0015) OVER (ORDER BY k) AS x, c.lat0 + sum((random() - 0.5) * 0.0012) OVER (ORDER BY k) AS y,
          c.reported_at - interval '2 days' + k * interval '1 minute' AS t
        FROM generate_series(1, ${pointsPerTrack}) AS k
      ) s
    ) w`;
  await sql`
    INSERT INTO case_visits (case_id, seq, place, geom, starts_at, ends_at)
    SELECT v.case_id, 1, 'Bench place', ST_EndPoint(v.geom), v.ends_at, v.ends_at + interval '1 hour'
    FROM case_visits v JOIN cases c ON c.id = v.case_id WHERE starts_with(c.code, ${codePrefix}) AND v.seq = 0`;
  await sql`ANALYZE`;
}
