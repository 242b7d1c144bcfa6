import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { settings } from '@/lib/env';
import type { CommunityCard } from '@/lib/community/community-card';
import { rowsOf, type Db } from '../client';
import { communities, communityContacts, gridCells, type ZoneKind } from '../schema';
import { communityStatusesAt } from './community-status';

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/** Zones in force at `at` over the community's interior (a zone only touching its edge does not count). */
async function zonesOver(db: Db, communityId: number, at: Date): Promise<CommunityCard['zones']> {
  const rows = rowsOf<{ id: number; kind: ZoneKind; name: string; since: Date | string; planned_lift: Date | string | null }>(
    await db.execute(sql`
      SELECT z.id, z.kind::text AS kind, z.name, coalesce(z.kind_since, z.effective_from) AS since, z.planned_lift
      FROM zones z JOIN communities c ON c.id = ${communityId}
      WHERE z.effective_from <= ${ts(at)} AND (z.lifted_at IS NULL OR z.lifted_at > ${ts(at)})
        AND ST_Intersects(z.geom, c.boundary) AND NOT ST_Touches(z.geom, c.boundary)
      ORDER BY array_position(ARRAY['sealed','controlled','precaution'], z.kind::text), 4, z.id`),
  );
  return rows.map((r) => ({ id: Number(r.id), kind: r.kind, name: r.name, since: iso(r.since) as string, plannedLift: iso(r.planned_lift) }));
}

/**
 * The latest round tested by `at` (its local day in GRIDWATCH_TZ): a community-wide round as it is, or,
 * when the latest was run per grid cell, that round number summed over the cells that reported it.
 */
async function latestRound(db: Db, communityId: number, at: Date): Promise<CommunityCard['latestRound']> {
  const day = sql`(${ts(at)} AT TIME ZONE ${settings.timeZone})::date`;
  const [latest] = rowsOf<{ round_number: number; grid_cell_id: number | null }>(
    await db.execute(sql`
      SELECT round_number, grid_cell_id FROM testing_rounds
      WHERE community_id = ${communityId} AND tested_on <= ${day}
      ORDER BY tested_on DESC, round_number DESC, grid_cell_id NULLS FIRST LIMIT 1`),
  );
  if (!latest) return null;
  const isWhole = latest.grid_cell_id === null;
  const [sum] = rowsOf<{ tested_on: string | Date; people: number | string; positives: number | string; cells: number | string }>(
    await db.execute(sql`
      SELECT to_char(max(tested_on), 'YYYY-MM-DD') AS tested_on, sum(people_tested) AS people, sum(positives) AS positives, count(*) AS cells
      FROM testing_rounds
      WHERE community_id = ${communityId} AND round_number = ${latest.round_number} AND tested_on <= ${day}
        AND ${isWhole ? sql`grid_cell_id IS NULL` : sql`grid_cell_id IS NOT NULL`}`),
  );
  return {
    roundNumber: Number(latest.round_number),
    testedOn: String(sum.tested_on),
    peopleTested: Number(sum.people),
    positives: Number(sum.positives),
    gridCellCount: isWhole ? null : Number(sum.cells),
  };
}

/**
 * A community's public card at `at`: what it publishes (name, grid workers, service numbers), the zones
 * in force over it, its latest testing round and its no-epidemic status. Only these columns are read,
 * so no resident, report or case-home data can reach the card. Undefined for an unknown id.
 *
 * @example
 * const card = await getCommunityCard(db, 12, new Date());
 * card?.contacts[0] // → { id: 4, label: 'Medical help 就医协助', phone: '010-0000-5001' }
 */
export async function getCommunityCard(db: Db, communityId: number, at: Date = new Date()): Promise<CommunityCard | undefined> {
  const [community] = await db
    .select({ id: communities.id, code: communities.code, name: communities.name, district: communities.district, population: communities.population })
    .from(communities)
    .where(eq(communities.id, communityId));
  if (!community) return undefined;
  const [contacts, cells, zones, round, statuses] = await Promise.all([
    db
      .select({ id: communityContacts.id, label: communityContacts.label, phone: communityContacts.phone })
      .from(communityContacts)
      .where(eq(communityContacts.communityId, communityId))
      .orderBy(asc(communityContacts.position), asc(communityContacts.id)),
    db
      .select({ id: gridCells.id, name: gridCells.name, worker: gridCells.worker, workerPhone: gridCells.workerPhone })
      .from(gridCells)
      .where(eq(gridCells.communityId, communityId))
      .orderBy(asc(gridCells.id)),
    zonesOver(db, communityId, at),
    latestRound(db, communityId, at),
    communityStatusesAt(at, [communityId], { audience: 'public' }),
  ]);
  const status = statuses.get(communityId);
  return {
    ...community,
    at: at.toISOString(),
    contacts,
    gridCells: cells,
    zones,
    latestRound: round,
    status: status ? { isNoEpidemic: status.isNoEpidemic, since: status.since, reasons: status.reasons } : null,
  };
}

/** Every community's id, name and district (no geometry), for "find your community" lists. */
export async function listCommunityNames(db: Db): Promise<{ id: number; name: string; district: string }[]> {
  return db.select({ id: communities.id, name: communities.name, district: communities.district }).from(communities).orderBy(asc(communities.district), asc(communities.name));
}
