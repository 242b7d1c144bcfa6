import 'server-only';
import type { RoundRow } from '@/lib/staff-api/records';
import { AppError } from '@/lib/errors/app-error';
import { and, eq, ilike, isNull, or, sql } from 'drizzle-orm';
import { containsPattern, type ListPage, type ListQuery } from '@/lib/lists/list-query';
import type { RoundInput } from '@/lib/community/round-input';
import { rowsOf, type Db } from '../client';
import { gridCells, testingRounds, users, communities } from '../schema';
import { recordChange, type Actor } from './audit';

/** The round changed since the editor read it (version `current` now, shown as `round`): nothing was written. */
export type RoundStale = { stale: true; current: number; round: RoundRow };
/** A saved round; a refused write throws a coded AppError naming the field (`round.*`, `request.not-found`). */
export type RoundWriteResult = { round: RoundRow };

/** Rounds with their community's and grid cell's names and who recorded them (one query shape for the list and one round). */
function selectRounds(db: Pick<Db, 'select'>) {
  return db
    .select({
      id: testingRounds.id,
      communityId: testingRounds.communityId,
      communityName: communities.name,
      gridCellId: testingRounds.gridCellId,
      gridCellName: gridCells.name,
      roundNumber: testingRounds.roundNumber,
      testedOn: testingRounds.testedOn,
      peopleTested: testingRounds.peopleTested,
      positives: testingRounds.positives,
      note: testingRounds.note,
      createdBy: users.username,
      updatedAt: testingRounds.updatedAt,
      version: testingRounds.version,
    })
    .from(testingRounds)
    .innerJoin(communities, eq(communities.id, testingRounds.communityId))
    .leftJoin(gridCells, eq(gridCells.id, testingRounds.gridCellId))
    .leftJoin(users, eq(users.id, testingRounds.createdBy));
}

const toRoundRow = <T extends { updatedAt: Date }>(r: T) => ({ ...r, updatedAt: r.updatedAt.toISOString() });

/** Testing rounds, newest day first, optionally of one community. */
export async function listRounds(db: Db, filter: { communityId?: number; limit?: number } = {}): Promise<RoundRow[]> {
  const rows = await selectRounds(db)
    .where(filter.communityId ? eq(testingRounds.communityId, filter.communityId) : undefined)
    .orderBy(sql`${testingRounds.testedOn} desc`, communities.name, sql`${gridCells.name} nulls first`, sql`${testingRounds.roundNumber} desc`)
    .limit(Math.min(filter.limit ?? 500, 5000));
  return rows.map(toRoundRow);
}

/**
 * One page of the testing rounds, newest day first, optionally of one community, matching `q` in the
 * community's or grid cell's name or the note; with the count of all that match, so none is out of reach.
 *
 * @example
 * await listRoundPage(db, {}, { q: '东区', page: 2, pageSize: 50 }) // → { rows: [RoundRow…], total: 130, page: 2, pageSize: 50 }
 */
export async function listRoundPage(db: Db, filter: { communityId?: number }, query: ListQuery): Promise<ListPage<RoundRow>> {
  const pattern = containsPattern(query.q);
  const where = and(
    filter.communityId ? eq(testingRounds.communityId, filter.communityId) : undefined,
    query.q ? or(ilike(communities.name, pattern), ilike(gridCells.name, pattern), ilike(testingRounds.note, pattern)) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    selectRounds(db)
      .where(where)
      .orderBy(sql`${testingRounds.testedOn} desc`, communities.name, sql`${gridCells.name} nulls first`, sql`${testingRounds.roundNumber} desc`, testingRounds.id)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ total: sql<number | string>`count(*)` })
      .from(testingRounds)
      .innerJoin(communities, eq(communities.id, testingRounds.communityId))
      .leftJoin(gridCells, eq(gridCells.id, testingRounds.gridCellId))
      .where(where),
  ]);
  return { rows: rows.map(toRoundRow), total: Number(count?.total ?? 0), page: query.page, pageSize: query.pageSize };
}

/** The next round number at a place (the community as a whole, or one grid cell): one more than the highest. */
export async function nextRoundNumber(db: Pick<Db, 'select'>, communityId: number, gridCellId: number | null): Promise<number> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${testingRounds.roundNumber})` })
    .from(testingRounds)
    .where(and(eq(testingRounds.communityId, communityId), gridCellId === null ? isNull(testingRounds.gridCellId) : eq(testingRounds.gridCellId, gridCellId)));
  return Number(row?.max ?? 0) + 1;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Checks the place exists and the grid cell belongs to the community, else throws the coded refusal. */
async function checkPlace(tx: Tx, input: RoundInput): Promise<void> {
  const [community] = await tx.select({ id: communities.id }).from(communities).where(eq(communities.id, input.communityId));
  if (!community) throw new AppError('round.community-unknown', { communityId: input.communityId }, { details: { field: 'communityId' } });
  if (input.gridCellId === null) return;
  const [cell] = await tx.select({ communityId: gridCells.communityId }).from(gridCells).where(eq(gridCells.id, input.gridCellId));
  if (!cell) throw new AppError('round.grid-cell-unknown', { gridCellId: input.gridCellId }, { details: { field: 'gridCellId' } });
  if (cell.communityId !== input.communityId) throw new AppError('round.grid-cell-elsewhere', {}, { details: { field: 'gridCellId' } });
}

const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: string; cause?: { code?: string } };
  return (e.code ?? e.cause?.code) === '23505';
};

const duplicate = (n: number) => new AppError('round.number-taken', { n }, { details: { field: 'roundNumber' } });

async function readRound(db: Pick<Db, 'select'>, id: number): Promise<RoundRow> {
  const [row] = await selectRounds(db).where(eq(testingRounds.id, id));
  return toRoundRow(row);
}

const audited = (r: Pick<RoundRow, 'communityId' | 'gridCellId' | 'roundNumber' | 'testedOn' | 'peopleTested' | 'positives' | 'note'>) => ({
  communityId: r.communityId,
  gridCellId: r.gridCellId,
  roundNumber: r.roundNumber,
  testedOn: r.testedOn,
  peopleTested: r.peopleTested,
  positives: r.positives,
  note: r.note,
});

/**
 * Records a testing round (number defaults to the next at its place), audited. Refuses a grid cell of
 * another community (422) and a round number already used at that place (409).
 */
export async function createRound(db: Db, input: RoundInput, actor: Actor): Promise<RoundWriteResult> {
  // The number tried, for the 409 message when another save took it first.
  let roundNumber = input.roundNumber ?? 0;
  try {
    return await db.transaction(async (tx) => {
      await checkPlace(tx, input);
      roundNumber = input.roundNumber ?? (await nextRoundNumber(tx, input.communityId, input.gridCellId));
      const values = { ...input, roundNumber, createdBy: actor.userId ?? null };
      const [saved] = await tx.insert(testingRounds).values(values).returning({ id: testingRounds.id });
      await recordChange(tx, actor, { action: 'create', objectType: 'testing-round', objectId: saved.id, after: audited(values) });
      return { round: await readRound(tx, saved.id) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate(roundNumber);
    throw error;
  }
}

/**
 * Changes a round (any field), audited with before and after. 404 when it does not exist; with
 * `expectedVersion`, a round changed since then is refused (`stale`, with the current round) unwritten.
 */
export async function updateRound(db: Db, id: number, input: RoundInput, actor: Actor, expectedVersion?: number): Promise<RoundWriteResult | RoundStale> {
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(testingRounds).where(eq(testingRounds.id, id)).for('update');
      if (!before) throw new AppError('request.not-found');
      if (expectedVersion !== undefined && before.version !== expectedVersion) return { stale: true, current: before.version, round: await readRound(tx, id) };
      await checkPlace(tx, input);
      const values = { ...input, roundNumber: input.roundNumber ?? before.roundNumber };
      await tx.update(testingRounds).set({ ...values, version: sql`${testingRounds.version} + 1`, updatedAt: sql`now()` }).where(eq(testingRounds.id, id));
      await recordChange(tx, actor, { action: 'update', objectType: 'testing-round', objectId: id, before: audited(before), after: audited(values) });
      return { round: await readRound(tx, id) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate(input.roundNumber ?? 0);
    throw error;
  }
}

/** Deletes a round entered by mistake; the audit keeps what it was. Returns whether it existed. */
export async function deleteRound(db: Db, id: number, actor: Actor): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [before] = await tx.delete(testingRounds).where(eq(testingRounds.id, id)).returning();
    if (!before) return false;
    await recordChange(tx, actor, { action: 'delete', objectType: 'testing-round', objectId: id, before: audited(before) });
    return true;
  });
}

/** The communities and their grid cells, for the round form's pickers. */
export async function listRoundPlaces(db: Db): Promise<{ id: number; name: string; district: string; population: number | null; gridCells: { id: number; name: string }[] }[]> {
  const rows = rowsOf<{ id: number; name: string; district: string; population: number | null; cells: unknown }>(
    await db.execute(sql`
      SELECT c.id, c.name, c.district, c.population,
        coalesce((SELECT json_agg(json_build_object('id', g.id, 'name', g.name) ORDER BY g.name) FROM grid_cells g WHERE g.community_id = c.id), '[]'::json) AS cells
      FROM communities c ORDER BY c.district, c.name`),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    district: r.district,
    population: r.population === null ? null : Number(r.population),
    gridCells: (typeof r.cells === 'string' ? JSON.parse(r.cells) : r.cells) as { id: number; name: string }[],
  }));
}
