import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { settings } from '@/lib/env';
import { localDay, sliderDays } from '@/lib/briefing/slider-days';
import {
  countNoEpidemicByDay,
  evaluateNoEpidemic,
  noEpidemicHistory,
  type CommunityEvents,
  type NoEpidemicOptions,
  type NoEpidemicResult,
  type StatusChange,
} from '@/lib/community/no-epidemic';
import { toPublicEvents } from '@/lib/community/public-status';
import { getDb, rowsOf, type Db } from '../client';
import { listDistrictTargets, type DistrictTargetRow } from './district-targets';

export type CommunityStatus = { communityId: number; isNoEpidemic: boolean; since: string | null; reasons: string[] };

/** A community with every event the rule reads, up to some instant. */
export type CommunityWithEvents = CommunityEvents & { name: string; district: string; population: number | null };

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const idFilter = (column: SQL, ids?: number[]) => (ids ? sql`AND ${column} IN (${sql.join(ids.length ? ids.map((id) => sql`${id}`) : [sql`NULL`], sql`, `)})` : sql``);

/**
 * Gathers the rule's inputs for all (or the given) communities in four set queries, whatever their
 * number: published cases living in or visiting each community, the zones over it, and its test days,
 * all up to `upTo`.
 *
 * @example
 * const events = await loadCommunityEvents(db, new Date(), { timeZone: 'Asia/Seoul' }); // → 63 communities on the demo data
 */
export async function loadCommunityEvents(db: Db, upTo: Date, options: { timeZone: string; communityIds?: number[] }): Promise<CommunityWithEvents[]> {
  const ids = options.communityIds;
  const [communityRows, caseRows, zoneRows, roundRows] = await Promise.all([
    db.execute(sql`SELECT c.id, c.name, c.district, c.population FROM communities c WHERE true ${idFilter(sql`c.id`, ids)} ORDER BY c.district, c.name`),
    // A case lives in its home community, and is "reported in" every community its published track entered.
    db.execute(sql`
      SELECT k.community_id AS community_id, k.code, k.reported_at, 'lives' AS how
        FROM cases k
        WHERE k.status = 'published' AND k.community_id IS NOT NULL AND k.reported_at <= ${ts(upTo)} ${idFilter(sql`k.community_id`, ids)}
      UNION
      SELECT DISTINCT c.id, k.code, k.reported_at, 'visited'
        FROM cases k JOIN case_visits v ON v.case_id = k.id JOIN communities c ON ST_Intersects(v.geom, c.boundary)
        WHERE k.status = 'published' AND k.reported_at <= ${ts(upTo)} ${idFilter(sql`c.id`, ids)}`),
    // Touching along an edge is not "over it" (as the briefing's zone figures count it).
    db.execute(sql`
      SELECT c.id AS community_id, z.id AS zone_id, z.effective_from, z.lifted_at
        FROM zones z JOIN communities c ON ST_Intersects(z.geom, c.boundary) AND NOT ST_Touches(z.geom, c.boundary)
        WHERE z.effective_from <= ${ts(upTo)} ${idFilter(sql`c.id`, ids)}`),
    db.execute(sql`
      SELECT r.community_id, r.grid_cell_id, to_char(r.tested_on, 'YYYY-MM-DD') AS tested_on, sum(r.people_tested) AS people_tested, sum(r.positives) AS positives
        FROM testing_rounds r
        WHERE r.tested_on <= ${localDay(upTo, options.timeZone)}::date ${idFilter(sql`r.community_id`, ids)}
        GROUP BY 1, 2, 3`),
  ]);
  const byId = new Map<number, CommunityWithEvents>();
  for (const r of rowsOf<{ id: number; name: string; district: string; population: number | null }>(communityRows)) {
    byId.set(Number(r.id), { communityId: Number(r.id), name: r.name, district: r.district, population: r.population === null ? null : Number(r.population), cases: [], zones: [], roundDays: [] });
  }
  for (const r of rowsOf<{ community_id: number; code: string; reported_at: string | Date; how: 'lives' | 'visited' }>(caseRows)) {
    byId.get(Number(r.community_id))?.cases.push({ at: new Date(r.reported_at), caseCode: r.code, how: r.how });
  }
  for (const r of rowsOf<{ community_id: number; zone_id: number; effective_from: string | Date; lifted_at: string | Date | null }>(zoneRows)) {
    byId.get(Number(r.community_id))?.zones.push({ zoneId: Number(r.zone_id), effectiveFrom: new Date(r.effective_from), liftedAt: r.lifted_at ? new Date(r.lifted_at) : null });
  }
  for (const r of rowsOf<{ community_id: number; grid_cell_id: number | null; tested_on: string; people_tested: number | string; positives: number | string }>(roundRows)) {
    const gridCellId = r.grid_cell_id === null ? null : Number(r.grid_cell_id);
    byId.get(Number(r.community_id))?.roundDays.push({ testedOn: r.tested_on, peopleTested: Number(r.people_tested), positives: Number(r.positives), gridCellId });
  }
  return [...byId.values()];
}

const ruleOptions = (): NoEpidemicOptions => ({ days: settings.noEpidemicDays, timeZone: settings.timeZone });

/** Every community's full evaluation at `at` (reasons with their dates), for the staff pages. */
export async function evaluateCommunitiesAt(db: Db, at: Date, communityIds?: number[]): Promise<(CommunityWithEvents & { result: NoEpidemicResult })[]> {
  const events = await loadCommunityEvents(db, at, { timeZone: settings.timeZone, communityIds });
  return events.map((c) => ({ ...c, result: evaluateNoEpidemic(c, at, ruleOptions()) }));
}

/** Staff see each case at its report time; the public at day granularity (`lib/community/public-status.ts`). */
export type StatusAudience = 'staff' | 'public';

/**
 * The no-epidemic status of every community (or the given ones) at `at`: whether it qualifies, since
 * when, and the reason codes why not (`lib/community/no-epidemic.ts` documents the rule).
 *
 * @example
 * (await communityStatusesAt(new Date())).get(12) // → { communityId: 12, isNoEpidemic: false, since: null, reasons: ['zone-in-force'] }
 */
export async function communityStatusesAt(at: Date, communityIds?: number[], options: { audience?: StatusAudience } = {}): Promise<Map<number, CommunityStatus>> {
  const events = await loadCommunityEvents(await getDb(), at, { timeZone: settings.timeZone, communityIds });
  const publicOptions = { timeZone: settings.timeZone, delayHours: settings.publicStatusDelayHours };
  const seen = options.audience === 'public' ? events.map((c) => toPublicEvents(c, at, publicOptions)) : events;
  return new Map(
    seen.map((c) => {
      const result = evaluateNoEpidemic(c, at, ruleOptions());
      return [c.communityId, { communityId: c.communityId, isNoEpidemic: result.isNoEpidemic, since: result.since, reasons: result.reasons.map((r) => r.code) }];
    }),
  );
}

/** One community's status changes over local days `from`…`to` (see `noEpidemicHistory`). */
export async function communityStatusHistory(db: Db, communityId: number, range: { from: string; to: string }, upTo: Date): Promise<StatusChange[]> {
  const [events] = await loadCommunityEvents(db, upTo, { timeZone: settings.timeZone, communityIds: [communityId] });
  return events ? noEpidemicHistory(events, range, ruleOptions()) : [];
}

/** Progress toward the targets: the count per day, the communities in all, and the districts' targets. */
export type NoEpidemicProgress = {
  days: { day: string; count: number }[];
  total: number;
  targets: DistrictTargetRow[];
  /** Per district: communities, how many qualify at the end of the range's last day. */
  districts: { district: string; total: number; count: number }[];
};

/**
 * The number of no-epidemic communities at the end of each local day `from`…`to` (all districts), with
 * the district targets to draw against it. One gathering query set, then the pure rule per day.
 *
 * @example
 * await noEpidemicProgress(db, { from: '2020-03-01', to: '2020-04-10' }) // → { days: [{ day: '2020-03-01', count: 0 }, …], total: 63, … }
 */
export async function noEpidemicProgress(db: Db, range: { from: string; to: string }): Promise<NoEpidemicProgress> {
  return (await noEpidemicAtAndProgress(db, null, range)).progress;
}

/**
 * The briefing's two readings of the rule from one gathering of events (the costly part at city scale): the
 * evaluation at `at` and the progress over `range`. Events up to the later of the two ends serve both, as
 * the rule ignores events after the instant it evaluates.
 */
export async function noEpidemicAtAndProgress(
  db: Db,
  at: Date | null,
  range: { from: string; to: string },
): Promise<{ evaluated: (CommunityWithEvents & { result: NoEpidemicResult })[]; progress: NoEpidemicProgress }> {
  const rangeEnd = new Date(sliderDays(range.to, range.to, settings.timeZone)[0].at);
  const upTo = at && at > rangeEnd ? at : rangeEnd;
  const [events, targets] = await Promise.all([loadCommunityEvents(db, upTo, { timeZone: settings.timeZone }), listDistrictTargets(db)]);
  const evaluated = at ? events.map((c) => ({ ...c, result: evaluateNoEpidemic(c, at, ruleOptions()) })) : [];
  return { evaluated, progress: progressOf(events, targets, range, rangeEnd) };
}

function progressOf(events: CommunityWithEvents[], targets: DistrictTargetRow[], range: { from: string; to: string }, upTo: Date): NoEpidemicProgress {
  const days = countNoEpidemicByDay(events, range, ruleOptions());
  const districts = new Map<string, { district: string; total: number; count: number }>();
  for (const c of events) {
    const entry = districts.get(c.district) ?? { district: c.district, total: 0, count: 0 };
    entry.total++;
    if (evaluateNoEpidemic(c, upTo, ruleOptions()).isNoEpidemic) entry.count++;
    districts.set(c.district, entry);
  }
  return { days, total: events.length, targets, districts: [...districts.values()] };
}

/** Testing rounds per local day across all communities: rounds, people tested and positives. */
export async function roundsPerDay(db: Db, range: { from: string; to: string }): Promise<{ day: string; rounds: number; peopleTested: number; positives: number }[]> {
  const rows = rowsOf<{ day: string; rounds: number | string; people: number | string; positives: number | string }>(
    await db.execute(sql`
      SELECT to_char(tested_on, 'YYYY-MM-DD') AS day, count(*) AS rounds, sum(people_tested) AS people, sum(positives) AS positives
      FROM testing_rounds WHERE tested_on BETWEEN ${range.from}::date AND ${range.to}::date GROUP BY 1 ORDER BY 1`),
  );
  return rows.map((r) => ({ day: r.day, rounds: Number(r.rounds), peopleTested: Number(r.people), positives: Number(r.positives) }));
}
