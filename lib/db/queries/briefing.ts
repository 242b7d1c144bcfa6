import 'server-only';
import { settings } from '@/lib/env';
import { sql } from 'drizzle-orm';
import type { FeatureCollection, LineString, MultiPolygon, Point } from 'geojson';
import { rowsOf, type Db } from '../client';
import { ZONE_KINDS, type CaseClassification, type ZoneKind } from '@/lib/enums';
import { listZones, type ZoneProperties } from './zones';
import { listPublishedCaseVisits, type CaseVisitProperties } from './cases';
import { evaluateCommunitiesAt, noEpidemicProgress, roundsPerDay, type NoEpidemicProgress } from './community-status';

/** A timestamptz parameter: postgres-js does not serialise a Date inside raw `sql`, PGlite does; ISO text works for both. */
const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;


/** Zones in force of one kind: how many, the area they cover, and who lives in the communities they touch. */
export type ZoneKindFigure = { kind: ZoneKind; count: number; areaKm2: number; population: number };

/** The summary panel's figures at one instant, all computed in SQL. */
export type BriefingFigures = {
  zonesByKind: ZoneKindFigure[];
  /** Published cases by local report day (days with none are absent). */
  casesByDay: { day: string; count: number }[];
  casesTotal: number;
  casesLast24h: number;
  /** Resident reports received by then and not yet cleared. */
  reportsAwaiting: number;
  /** No-epidemic communities at the instant (lib/community/no-epidemic.ts), of all communities. */
  communities: { noEpidemic: number; total: number; target: number | null; days: number };
  /** The count per day over the requested range against the district targets, when asked for. */
  progress: NoEpidemicProgress | null;
  /** Testing rounds per local day over the same range. */
  roundsByDay: { day: string; rounds: number; peopleTested: number; positives: number }[];
};

/** One row of the "places cases visited" list: a place on a local day, with the cases that went there. */
export type VisitedPlace = { id: number; place: string; day: string; start: string; lngLat: [number, number]; caseCodes: string[] };

export type ZoneChange = { id: number; kind: ZoneKind; name: string; change: 'added' | 'lifted'; at: string };
export type CaseChange = { code: string; classification: CaseClassification; reportedAt: string };

/** What changed in the 24 h before the briefing instant. */
export type BriefingChanges = { since: string; zones: ZoneChange[]; cases: CaseChange[]; zoneShapes: FeatureCollection<MultiPolygon, { change: 'added' | 'lifted'; kind: ZoneKind; name: string }> };

export type Briefing = {
  at: string;
  trackDays: number;
  figures: BriefingFigures;
  places: VisitedPlace[];
  changes: BriefingChanges;
  /** Map data as GeoJSON, or null when the map reads vector tiles instead (large data). */
  zones: FeatureCollection<MultiPolygon, ZoneProperties> | null;
  caseVisits: FeatureCollection<Point | LineString, CaseVisitProperties> | null;
};

export type LoadBriefingOptions = {
  timeZone: string;
  /** Days of case tracks and visited places before `at` (default 14). */
  trackDays?: number;
  /** Include the zones and case tracks as GeoJSON (small data); off when the map uses tiles. */
  withGeoJson?: boolean;
  /** Local days for the no-epidemic progress line and the rounds per day (the slider's span). */
  progressRange?: { from: string; to: string };
};

const DAY_MS = 86_400_000;
/** The no-epidemic window (GRIDWATCH_NO_EPIDEMIC_DAYS, 14 by default, the 2022 rules' incubation period). */
const NO_EPIDEMIC_DAYS = settings.noEpidemicDays;
const iso = (d: Date | string) => new Date(d).toISOString();

/** Zones in force at `at` by kind: count, area of their union (km², on the spheroid) and population touched. */
async function zoneFigures(db: Db, at: Date): Promise<ZoneKindFigure[]> {
  const rows = rowsOf<{ kind: ZoneKind; count: number | string; area_km2: number | string | null; population: number | string | null }>(
    await db.execute(sql`
      WITH in_force AS (
        SELECT id, kind, geom FROM zones
        WHERE effective_from <= ${ts(at)} AND (lifted_at IS NULL OR lifted_at > ${ts(at)})
      )
      SELECT z.kind::text AS kind, count(*) AS count,
        ST_Area(ST_Union(z.geom)::geography) / 1e6 AS area_km2,
        (SELECT coalesce(sum(c.population), 0) FROM communities c
          WHERE EXISTS (SELECT 1 FROM in_force f WHERE f.kind = z.kind
            AND ST_Intersects(f.geom, c.boundary) AND NOT ST_Touches(f.geom, c.boundary))) AS population
      FROM in_force z GROUP BY z.kind`),
  );
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  return ZONE_KINDS.map((kind) => {
    const r = byKind.get(kind);
    return { kind, count: Number(r?.count ?? 0), areaKm2: Number(r?.area_km2 ?? 0), population: Number(r?.population ?? 0) };
  });
}

async function caseFigures(db: Db, at: Date, timeZone: string): Promise<Pick<BriefingFigures, 'casesByDay' | 'casesTotal' | 'casesLast24h'>> {
  const since = new Date(at.getTime() - DAY_MS);
  const rows = rowsOf<{ day: string; count: number | string; last24h: number | string }>(
    await db.execute(sql`
      SELECT to_char(reported_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS day, count(*) AS count,
        count(*) FILTER (WHERE reported_at > ${ts(since)}) AS last24h
      FROM cases WHERE status = 'published' AND reported_at <= ${ts(at)}
      GROUP BY 1 ORDER BY 1`),
  );
  const casesByDay = rows.map((r) => ({ day: r.day, count: Number(r.count) }));
  return {
    casesByDay,
    casesTotal: casesByDay.reduce((sum, d) => sum + d.count, 0),
    casesLast24h: rows.reduce((sum, r) => sum + Number(r.last24h), 0),
  };
}

async function otherFigures(db: Db, at: Date): Promise<Pick<BriefingFigures, 'reportsAwaiting' | 'communities'>> {
  const [[row], evaluated] = await Promise.all([
    db.execute(sql`SELECT count(*) AS reports FROM resident_reports WHERE status <> 'cleared' AND created_at <= ${ts(at)}`).then((r) => rowsOf<{ reports: number | string }>(r)),
    evaluateCommunitiesAt(db, at),
  ]);
  const noEpidemic = evaluated.filter((c) => c.result.isNoEpidemic).length;
  return { reportsAwaiting: Number(row.reports), communities: { noEpidemic, total: evaluated.length, target: settings.noEpidemicTarget ?? null, days: NO_EPIDEMIC_DAYS } };
}

/** Places (stays) of published cases in the track window, one row per place and local day. */
async function visitedPlaces(db: Db, at: Date, since: Date, timeZone: string): Promise<VisitedPlace[]> {
  const rows = rowsOf<{ id: number; place: string; day: string; start: Date | string; lng: number; lat: number; codes: string }>(
    await db.execute(sql`
      SELECT min(v.id) AS id, coalesce(v.place, '') AS place,
        to_char(v.starts_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS day, min(v.starts_at) AS start,
        ST_X(v.geom) AS lng, ST_Y(v.geom) AS lat,
        string_agg(DISTINCT k.code, ',' ORDER BY k.code) AS codes
      FROM case_visits v JOIN cases k ON k.id = v.case_id
      WHERE k.status = 'published' AND k.reported_at <= ${ts(at)}
        AND GeometryType(v.geom) = 'POINT' AND v.starts_at <= ${ts(at)} AND v.ends_at >= ${ts(since)}
      GROUP BY 2, 3, 5, 6
      ORDER BY 4 DESC, 2
      LIMIT 1000`),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    place: r.place,
    day: r.day,
    start: iso(r.start),
    lngLat: [Number(r.lng), Number(r.lat)],
    caseCodes: r.codes.split(','),
  }));
}

async function changesSince(db: Db, at: Date): Promise<BriefingChanges> {
  const since = new Date(at.getTime() - DAY_MS);
  const zoneRows = rowsOf<{ id: number; kind: ZoneKind; name: string; change: 'added' | 'lifted'; changed_at: Date | string; geometry: string }>(
    await db.execute(sql`
      SELECT id, kind::text AS kind, name, 'added' AS change, effective_from AS changed_at, ST_AsGeoJSON(geom, 7) AS geometry
        FROM zones WHERE effective_from > ${ts(since)} AND effective_from <= ${ts(at)}
      UNION ALL
      SELECT id, kind::text, name, 'lifted', lifted_at, ST_AsGeoJSON(geom, 7)
        FROM zones WHERE lifted_at > ${ts(since)} AND lifted_at <= ${ts(at)}
      ORDER BY 5, 1`),
  );
  const caseRows = rowsOf<{ code: string; classification: CaseClassification; reported_at: Date | string }>(
    await db.execute(sql`
      SELECT code, classification::text AS classification, reported_at FROM cases
      WHERE status = 'published' AND reported_at > ${ts(since)} AND reported_at <= ${ts(at)}
      ORDER BY reported_at, code`),
  );
  return {
    since: since.toISOString(),
    zones: zoneRows.map((r) => ({ id: Number(r.id), kind: r.kind, name: r.name, change: r.change, at: iso(r.changed_at) })),
    cases: caseRows.map((r) => ({ code: r.code, classification: r.classification, reportedAt: iso(r.reported_at) })),
    zoneShapes: {
      type: 'FeatureCollection',
      features: zoneRows.map((r) => ({
        type: 'Feature',
        id: `${r.change}-${r.id}`,
        geometry: JSON.parse(r.geometry) as MultiPolygon,
        properties: { change: r.change, kind: r.kind, name: r.name },
      })),
    },
  };
}

/**
 * Everything the briefing shows at one instant: the summary figures, the places cases visited in the
 * track window, the changes of the previous 24 h and (for small data) the map's GeoJSON. The one door
 * for briefing reads, so access control is one check in front of it.
 *
 * @example
 * const briefing = await loadBriefing(db, new Date('2020-03-11T14:59:59Z'), { timeZone: 'Asia/Seoul' });
 * briefing.figures.casesTotal // → 18 on the demo data
 */
export async function loadBriefing(db: Db, at: Date, options: LoadBriefingOptions): Promise<Briefing> {
  const trackDays = options.trackDays ?? 14;
  const since = new Date(at.getTime() - trackDays * DAY_MS);
  const range = options.progressRange;
  const [zoneFigs, caseFigs, other, progress, roundsByDay, places, changes, zones, visits] = await Promise.all([
    zoneFigures(db, at),
    caseFigures(db, at, options.timeZone),
    otherFigures(db, at),
    range ? noEpidemicProgress(db, range) : null,
    range ? roundsPerDay(db, range) : [],
    visitedPlaces(db, at, since, options.timeZone),
    changesSince(db, at),
    options.withGeoJson ? listZones(db, { at }) : null,
    options.withGeoJson ? listPublishedCaseVisits(db, { at }) : null,
  ]);
  // Tracks of the last N days: visits that had not ended before the window began.
  const sinceIso = since.toISOString();
  const caseVisits = visits ? { ...visits, features: visits.features.filter((f) => f.properties.end >= sinceIso) } : null;
  return {
    at: at.toISOString(),
    trackDays,
    figures: { zonesByKind: zoneFigs, ...caseFigs, ...other, progress, roundsByDay },
    places,
    changes,
    zones,
    caseVisits,
  };
}

/**
 * The days the briefing's slider spans (local dates): from the first published case visit to the last
 * zone, case or testing-round event, or null on an empty database.
 *
 * @example
 * await outbreakRange(db, 'Asia/Seoul') // → { from: '2020-02-28', to: '2020-03-16' } on the demo data
 */
export async function outbreakRange(db: Db, timeZone: string): Promise<{ from: string; to: string } | null> {
  const [row] = rowsOf<{ first: Date | string | null; last: Date | string | null }>(
    await db.execute(sql`
      SELECT least(
          (SELECT min(v.starts_at) FROM case_visits v JOIN cases k ON k.id = v.case_id WHERE k.status = 'published'),
          (SELECT min(effective_from) FROM zones)) AS first,
        greatest(
          (SELECT max(reported_at) FROM cases WHERE status = 'published'),
          (SELECT max(effective_from) FROM zones),
          (SELECT max(lifted_at) FROM zones),
          (SELECT max(tested_on)::timestamp AT TIME ZONE ${timeZone} FROM testing_rounds)) AS last`),
  );
  if (!row?.first || !row.last) return null;
  const day = (d: Date | string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(d));
  return { from: day(row.first), to: day(row.last) };
}

/**
 * A cheap size estimate of the map data (zones plus case visits), to choose GeoJSON or vector tiles.
 *
 * @example
 * await countMapFeatures(db) // → 129 on the demo data
 */
export async function countMapFeatures(db: Db): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(await db.execute(sql`SELECT (SELECT count(*) FROM zones) + (SELECT count(*) FROM case_visits) AS n`));
  return Number(row.n);
}

/**
 * The extent of the communities and zones, `[[west, south], [east, north]]`, for the first view (also
 * when the map reads tiles and has no GeoJSON to measure), or undefined on an empty database.
 *
 * @example
 * await mapBounds(db) // → [[126.76, 37.43], [126.95, 37.61]] on the demo data
 */
export async function mapBounds(db: Db): Promise<[[number, number], [number, number]] | undefined> {
  const [row] = rowsOf<{ w: number | null; s: number | null; e: number | null; n: number | null }>(
    await db.execute(sql`
      WITH x AS (SELECT ST_Extent(g) AS b FROM (SELECT boundary AS g FROM communities UNION ALL SELECT geom FROM zones) u)
      SELECT ST_XMin(b) AS w, ST_YMin(b) AS s, ST_XMax(b) AS e, ST_YMax(b) AS n FROM x`),
  );
  if (!row || row.w === null || row.s === null || row.e === null || row.n === null) return undefined;
  return [
    [Number(row.w), Number(row.s)],
    [Number(row.e), Number(row.n)],
  ];
}
