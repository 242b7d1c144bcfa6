import 'server-only';
import { settings } from '@/lib/env';
import { sql } from 'drizzle-orm';
import type { FeatureCollection, LineString, MultiPolygon, Point } from 'geojson';
import { rowsOf, type Db } from '../client';
import { ZONE_KINDS, type CaseClassification, type ZoneKind } from '@/lib/enums';
import { listZones } from './zones';
import type { ZoneProperties } from '@/lib/zones/zone-types';
import { listPublishedCaseVisits, type CaseVisitProperties } from './cases';
import { evaluateCommunitiesAt, noEpidemicAtAndProgress, roundsPerDay, type NoEpidemicProgress } from './community-status';

/** A timestamptz parameter: postgres-js does not serialise a Date inside raw `sql`, PGlite does; ISO text works for both. */
const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;


/**
 * Zones in force of one kind: how many, the area of their union, an estimate of the people inside (each
 * community's population spread evenly over its area), and the whole population of the communities they touch.
 */
export type ZoneKindFigure = { kind: ZoneKind; count: number; areaKm2: number; estimatedPeople: number; populationOfTouchedCommunities: number };

/** Published cases reported in (since, at], by the community they live in (staff-only data: the briefing is not public). */
export type NewCases = { since: string; at: string; count: number; byCommunity: { communityId: number | null; name: string | null; count: number }[] };

/** The summary panel's figures at one instant, all computed in SQL. */
export type BriefingFigures = {
  zonesByKind: ZoneKindFigure[];
  /** Published cases by local report day (days with none are absent). */
  casesByDay: { day: string; count: number }[];
  casesTotal: number;
  /** Cases reported in the briefing's window (since, at]. */
  newCases: NewCases;
  /** Resident reports received by then and not yet cleared. */
  reportsAwaiting: number;
  /**
   * No-epidemic communities at the instant (lib/community/no-epidemic.ts), of all communities; null in a
   * moment-only read (the slider), whose page takes the day's count from `progress` instead.
   */
  communities: { noEpidemic: number; total: number; target: number | null; days: number } | null;
  /** The count per day over the requested range against the district targets, when asked for. */
  progress: NoEpidemicProgress | null;
  /** Testing rounds per local day over the same range. */
  roundsByDay: { day: string; rounds: number; peopleTested: number; positives: number }[];
};

/** One row of the "places cases visited" list: a place on a local day, with the cases that went there. */
export type VisitedPlace = { id: number; place: string; day: string; start: string; lngLat: [number, number]; caseCodes: string[] };

/** What happened to a zone in the window: declared (came into force), stepped (took its present kind), lifted. */
export type ZoneChangeKind = 'declared' | 'stepped' | 'lifted';
export type ZoneChange = { id: number; kind: ZoneKind; name: string; change: ZoneChangeKind; at: string };
export type CaseChange = { code: string; classification: CaseClassification; reportedAt: string };

/** What changed in the briefing's window (since, at]. */
export type BriefingChanges = { since: string; zones: ZoneChange[]; cases: CaseChange[]; zoneShapes: FeatureCollection<MultiPolygon, { change: ZoneChangeKind; kind: ZoneKind; name: string }> };

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
  /** Start of the window for new cases and changes, exclusive (default `at` − 24 h). */
  since?: Date;
  /** Days of case tracks and visited places before `at` (default 14). */
  trackDays?: number;
  /** Include the zones and case tracks as GeoJSON (small data); off when the map uses tiles. */
  withGeoJson?: boolean;
  /** Local days for the no-epidemic progress line and the rounds per day (the slider's span). */
  progressRange?: { from: string; to: string };
  /**
   * Only what changes with the moment (the slider): no community status evaluation, progress or rounds,
   * which the page already holds for the whole span.
   */
  momentOnly?: boolean;
};

const DAY_MS = 86_400_000;
/** The no-epidemic window (GRIDWATCH_NO_EPIDEMIC_DAYS, 14 by default, the 2022 rules' incubation period). */
const NO_EPIDEMIC_DAYS = settings.noEpidemicDays;
const iso = (d: Date | string) => new Date(d).toISOString();

const inForceAt = (at: Date) => sql`effective_from <= ${ts(at)} AND (lifted_at IS NULL OR lifted_at > ${ts(at)})`;

/**
 * Zone figures by the zones in force (ids and versions) and the communities (count and last change): the
 * figures are a function of exactly these, so a slider that comes back to a day, or to another day with
 * the same zones, reads them from memory. Small and per process; nothing personal in it.
 */
const zoneFigureCache = new Map<string, ZoneKindFigure[]>();
const ZONE_FIGURE_CACHE_SIZE = 256;

async function zoneSetKey(db: Db, at: Date): Promise<string> {
  const [row] = rowsOf<{ key: string }>(
    await db.execute(sql`
      SELECT coalesce((SELECT md5(string_agg(id || ':' || version, ',' ORDER BY id)) FROM zones WHERE ${inForceAt(at)}), '-')
        || '/' || (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM communities) AS key`),
  );
  return row.key;
}

/**
 * Zones in force at `at` by kind. The zones of a kind are unioned first so overlapping zones count once;
 * areas are on the spheroid (geography). The estimate spreads each community's population evenly over its
 * area: Σ population × area(union ∩ community) / area(community), with the union taken per community (only
 * the zones that reach it) so the intersection stays small at a thousand zones.
 */
async function computeZoneFigures(db: Db, at: Date): Promise<ZoneKindFigure[]> {
  const [areas, people] = await Promise.all([
    db.execute(sql`
      SELECT kind::text AS kind, count(*) AS count, ST_Area(ST_Union(geom)::geography) / 1e6 AS area_km2
      FROM zones WHERE ${inForceAt(at)} GROUP BY kind`),
    db.execute(sql`
      WITH per_community AS (
        SELECT z.kind, c.population,
          ST_Area(ST_Intersection(ST_Union(z.geom), c.boundary)::geography) / nullif(ST_Area(c.boundary::geography), 0) AS share,
          bool_or(NOT ST_Touches(z.geom, c.boundary)) AS is_inside
        FROM communities c JOIN zones z ON ST_Intersects(z.geom, c.boundary)
        WHERE z.effective_from <= ${ts(at)} AND (z.lifted_at IS NULL OR z.lifted_at > ${ts(at)})
        GROUP BY c.id, c.population, c.boundary, z.kind
      )
      SELECT kind::text AS kind, coalesce(sum(population * share), 0) AS estimated,
        coalesce(sum(population) FILTER (WHERE is_inside), 0) AS touched
      FROM per_community GROUP BY kind`),
  ]);
  const areaOf = new Map(rowsOf<{ kind: ZoneKind; count: number | string; area_km2: number | string | null }>(areas).map((r) => [r.kind, r]));
  const peopleOf = new Map(rowsOf<{ kind: ZoneKind; estimated: number | string | null; touched: number | string | null }>(people).map((r) => [r.kind, r]));
  return ZONE_KINDS.map((kind) => ({
    kind,
    count: Number(areaOf.get(kind)?.count ?? 0),
    areaKm2: Number(areaOf.get(kind)?.area_km2 ?? 0),
    estimatedPeople: Math.round(Number(peopleOf.get(kind)?.estimated ?? 0)),
    populationOfTouchedCommunities: Number(peopleOf.get(kind)?.touched ?? 0),
  }));
}

/** Computations under way by key: a slider read and the warm-up asking for the same zones share one. */
const zoneFiguresUnderWay = new Map<string, Promise<ZoneKindFigure[]>>();

async function zoneFigures(db: Db, at: Date): Promise<ZoneKindFigure[]> {
  const key = await zoneSetKey(db, at);
  const cached = zoneFigureCache.get(key);
  if (cached) return cached;
  const underWay = zoneFiguresUnderWay.get(key);
  if (underWay) return underWay;
  const computing = computeZoneFigures(db, at)
    .then((figures) => {
      if (zoneFigureCache.size >= ZONE_FIGURE_CACHE_SIZE) zoneFigureCache.delete(zoneFigureCache.keys().next().value as string);
      zoneFigureCache.set(key, figures);
      return figures;
    })
    .finally(() => zoneFiguresUnderWay.delete(key));
  zoneFiguresUnderWay.set(key, computing);
  return computing;
}

let isWarming = false;
let lastWarm = { days: '', at: 0 };
const REWARM_AFTER_MS = 60_000;

/**
 * Computes the zone figures of the given instants (the slider's days, nearest first) one after another in
 * the background, so moving the slider later finds them cached. One warm-up at a time per process; errors
 * are dropped (the slider then computes on demand).
 *
 * @example
 * void warmZoneFigures(db, days.map((d) => new Date(d.at)));
 */
export async function warmZoneFigures(db: Db, instants: Date[]): Promise<void> {
  // Each slider read asks; the same days warmed a minute ago are cached unless zones changed since, and
  // then the slider's own reads compute them.
  const days = instants.map((d) => d.toISOString()).join();
  if (isWarming || (days === lastWarm.days && Date.now() - lastWarm.at < REWARM_AFTER_MS)) return;
  isWarming = true;
  lastWarm = { days, at: Date.now() };
  try {
    for (const at of instants) await zoneFigures(db, at);
  } catch {
    // On demand instead.
  } finally {
    isWarming = false;
  }
}

async function caseFigures(db: Db, at: Date, timeZone: string): Promise<Pick<BriefingFigures, 'casesByDay' | 'casesTotal'>> {
  const rows = rowsOf<{ day: string; count: number | string }>(
    await db.execute(sql`
      SELECT to_char(reported_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS day, count(*) AS count
      FROM cases WHERE status = 'published' AND reported_at <= ${ts(at)}
      GROUP BY 1 ORDER BY 1`),
  );
  const casesByDay = rows.map((r) => ({ day: r.day, count: Number(r.count) }));
  return { casesByDay, casesTotal: casesByDay.reduce((sum, d) => sum + d.count, 0) };
}

/** Published cases reported in (since, at], by home community (most first; unknown community last). */
async function newCases(db: Db, since: Date, at: Date): Promise<NewCases> {
  const rows = rowsOf<{ community_id: number | null; name: string | null; count: number | string }>(
    await db.execute(sql`
      SELECT k.community_id, c.name, count(*) AS count
      FROM cases k LEFT JOIN communities c ON c.id = k.community_id
      WHERE k.status = 'published' AND k.reported_at > ${ts(since)} AND k.reported_at <= ${ts(at)}
      GROUP BY 1, 2 ORDER BY (k.community_id IS NULL), 3 DESC, 2`),
  );
  const byCommunity = rows.map((r) => ({ communityId: r.community_id === null ? null : Number(r.community_id), name: r.name, count: Number(r.count) }));
  return { since: since.toISOString(), at: at.toISOString(), count: byCommunity.reduce((sum, c) => sum + c.count, 0), byCommunity };
}

async function reportsAwaiting(db: Db, at: Date): Promise<number> {
  const [row] = rowsOf<{ reports: number | string }>(await db.execute(sql`SELECT count(*) AS reports FROM resident_reports WHERE status <> 'cleared' AND created_at <= ${ts(at)}`));
  return Number(row.reports);
}

/** The no-epidemic figure from an evaluation at the moment, or null without one (a moment-only read). */
function communitiesFigure(evaluated: { result: { isNoEpidemic: boolean } }[] | null): BriefingFigures['communities'] {
  if (!evaluated) return null;
  const noEpidemic = evaluated.filter((c) => c.result.isNoEpidemic).length;
  return { noEpidemic, total: evaluated.length, target: settings.noEpidemicTarget ?? null, days: NO_EPIDEMIC_DAYS };
}

/**
 * The rule at the moment and, for a full read, its progress over the span: one gathering of events for
 * both (at city scale each gathering is a second or more of spatial joins).
 */
async function noEpidemicFigures(db: Db, at: Date, range: { from: string; to: string } | undefined, withStatus: boolean): Promise<{ evaluated: Awaited<ReturnType<typeof evaluateCommunitiesAt>> | null; progress: NoEpidemicProgress | null }> {
  if (range) {
    const both = await noEpidemicAtAndProgress(db, withStatus ? at : null, range);
    return { evaluated: withStatus ? both.evaluated : null, progress: both.progress };
  }
  return { evaluated: withStatus ? await evaluateCommunitiesAt(db, at) : null, progress: null };
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

/** Zones declared, stepped to another kind or lifted, and cases reported, in (since, at]. */
async function changesSince(db: Db, since: Date, at: Date): Promise<BriefingChanges> {
  const zoneRows = rowsOf<{ id: number; kind: ZoneKind; name: string; change: ZoneChangeKind; changed_at: Date | string; geometry: string }>(
    await db.execute(sql`
      SELECT id, kind::text AS kind, name, 'declared' AS change, effective_from AS changed_at, ST_AsGeoJSON(geom, 7) AS geometry
        FROM zones WHERE effective_from > ${ts(since)} AND effective_from <= ${ts(at)}
      UNION ALL
      SELECT id, kind::text, name, 'stepped', kind_since, ST_AsGeoJSON(geom, 7)
        FROM zones WHERE kind_since > effective_from AND kind_since > ${ts(since)} AND kind_since <= ${ts(at)}
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
 * track window, the new cases and zone changes since `since` (default 24 h before) and (for small data) the map's GeoJSON. The one door
 * for briefing reads, so access control is one check in front of it.
 *
 * @example
 * const briefing = await loadBriefing(db, new Date('2020-03-11T14:59:59Z'), { timeZone: 'Asia/Seoul' });
 * briefing.figures.casesTotal // → 18 on the demo data
 */
export async function loadBriefing(db: Db, at: Date, options: LoadBriefingOptions): Promise<Briefing> {
  const trackDays = options.trackDays ?? 14;
  const since = new Date(at.getTime() - trackDays * DAY_MS);
  const changesFrom = options.since ?? new Date(at.getTime() - DAY_MS);
  const range = options.momentOnly ? undefined : options.progressRange;
  const [zoneFigs, caseFigs, fresh, reports, status, roundsByDay, places, changes, zones, visits] = await Promise.all([
    zoneFigures(db, at),
    caseFigures(db, at, options.timeZone),
    newCases(db, changesFrom, at),
    reportsAwaiting(db, at),
    noEpidemicFigures(db, at, range, !options.momentOnly),
    range ? roundsPerDay(db, range) : [],
    visitedPlaces(db, at, since, options.timeZone),
    changesSince(db, changesFrom, at),
    options.withGeoJson ? listZones(db, { at }) : null,
    options.withGeoJson ? listPublishedCaseVisits(db, { at }) : null,
  ]);
  // Tracks of the last N days: visits that had not ended before the window began.
  const sinceIso = since.toISOString();
  const caseVisits = visits ? { ...visits, features: visits.features.filter((f) => f.properties.end >= sinceIso) } : null;
  return {
    at: at.toISOString(),
    trackDays,
    figures: { zonesByKind: zoneFigs, ...caseFigs, newCases: fresh, reportsAwaiting: reports, communities: communitiesFigure(status.evaluated), progress: status.progress, roundsByDay },
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
