import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { databaseKind, resetTables, testDb } from '../test-support';
import { loadBriefing } from './briefing';

/**
 * A hand-made district: community A (10,000 people) and community B (4,000) side by side, each a 0.01° square.
 * A sealed zone covers exactly A's western half; two controlled zones overlap each other and together cover B.
 * Cases sit just before, on and just after both ends of the window (since, at].
 */
const SINCE = new Date('2022-04-01T00:00:00Z');
const AT = new Date('2022-04-02T00:00:00Z');
const box = (west: number, east: number) => `MULTIPOLYGON(((${west} 37.5, ${east} 37.5, ${east} 37.51, ${west} 37.51, ${west} 37.5)))`;
const shift = (d: Date, ms: number) => new Date(d.getTime() + ms).toISOString();

let db: Db;
let idA: number;
let idB: number;

async function insertCase(code: string, reportedAt: string, communityId: number | null, status: 'published' | 'draft' = 'published') {
  await db.execute(sql`
    INSERT INTO cases (code, classification, reported_at, community_id, status, published_at)
    VALUES (${code}, 'confirmed', ${reportedAt}::timestamptz, ${communityId}, ${status}::case_status, ${status === 'published' ? reportedAt : null}::timestamptz)`);
}

async function insertZone(name: string, kind: string, wkt: string, effectiveFrom: string, extra: { kindSince?: string; liftedAt?: string } = {}) {
  await db.execute(sql`
    INSERT INTO zones (kind, name, geom, effective_from, kind_since, lifted_at)
    VALUES (${kind}::zone_kind, ${name}, ST_GeomFromText(${wkt}, 4326), ${effectiveFrom}::timestamptz, ${extra.kindSince ?? null}::timestamptz, ${extra.liftedAt ?? null}::timestamptz)`);
}

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  const ids = await db.execute(sql`
    INSERT INTO communities (code, name, district, population, boundary) VALUES
      ('A', 'Community A', 'D', 10000, ST_GeomFromText(${box(126.9, 126.91)}, 4326)),
      ('B', 'Community B', 'D', 4000, ST_GeomFromText(${box(126.91, 126.92)}, 4326))
    RETURNING id`);
  [idA, idB] = (Array.isArray(ids) ? ids : (ids as { rows: { id: number }[] }).rows).map((r) => Number((r as { id: number }).id));
  await insertZone('A west half', 'sealed', box(126.9, 126.905), '2022-03-20T00:00:00Z');
  await insertZone('B west', 'controlled', box(126.91, 126.915), '2022-03-20T00:00:00Z');
  await insertZone('B east', 'controlled', box(126.9125, 126.92), shift(SINCE, 1000));
  // Stepped from sealed to controlled inside the window; lifted inside it; lifted before it.
  await insertZone('Stepped', 'controlled', box(126.95, 126.951), '2022-03-25T00:00:00Z', { kindSince: shift(SINCE, 3_600_000) });
  await insertZone('Lifted', 'precaution', box(126.96, 126.961), '2022-03-25T00:00:00Z', { liftedAt: shift(AT, -60_000) });
  await insertZone('Lifted earlier', 'precaution', box(126.97, 126.971), '2022-03-25T00:00:00Z', { liftedAt: SINCE.toISOString() });

  await insertCase('ON-SINCE', SINCE.toISOString(), idA);
  await insertCase('BEFORE', shift(SINCE, -1000), idA);
  await insertCase('JUST-AFTER', shift(SINCE, 1000), idA);
  await insertCase('ON-AT', AT.toISOString(), idA);
  await insertCase('AFTER-AT', shift(AT, 1000), idB);
  await insertCase('IN-B', shift(SINCE, 7_200_000), idB);
  await insertCase('DRAFT', shift(SINCE, 7_200_000), idB, 'draft');
  await insertCase('NO-HOME', shift(SINCE, 9_000_000), null);
});

describe(`the briefing's window and population estimate (${databaseKind})`, () => {
  it('counts published cases reported in (since, at] by home community, hand-counted', async () => {
    const b = await loadBriefing(db, AT, { timeZone: 'Asia/Shanghai', since: SINCE });
    expect(b.figures.newCases).toEqual({
      since: SINCE.toISOString(),
      at: AT.toISOString(),
      count: 4,
      byCommunity: [
        { communityId: idA, name: 'Community A', count: 2 },
        { communityId: idB, name: 'Community B', count: 1 },
        { communityId: null, name: null, count: 1 },
      ],
    });
    expect(b.changes.cases.map((c) => c.code)).toEqual(['JUST-AFTER', 'IN-B', 'NO-HOME', 'ON-AT']);
  });

  it('defaults the window to the 24 h before `at`', async () => {
    const later = await loadBriefing(db, new Date(shift(AT, 2000)), { timeZone: 'UTC' });
    // (AT + 2 s − 24 h, AT + 2 s]: JUST-AFTER (since + 1 s) falls out, AFTER-AT comes in.
    expect(later.figures.newCases.since).toBe(shift(SINCE, 2000));
    expect(later.figures.newCases.count).toBe(4);
    expect(later.changes.cases.map((c) => c.code)).toEqual(['IN-B', 'NO-HOME', 'ON-AT', 'AFTER-AT']);
  });

  it('lists zones declared, stepped and lifted in the window, not before it', async () => {
    const b = await loadBriefing(db, AT, { timeZone: 'UTC', since: SINCE });
    expect(b.changes.zones.map((z) => [z.change, z.name, z.kind])).toEqual([
      ['declared', 'B east', 'controlled'],
      ['stepped', 'Stepped', 'controlled'],
      ['lifted', 'Lifted', 'precaution'],
    ]);
    expect(b.changes.zoneShapes.features.map((f) => f.properties.change)).toEqual(['declared', 'stepped', 'lifted']);
  });

  it('estimates half the population for a zone over exactly half a community, and unions overlapping zones', async () => {
    const b = await loadBriefing(db, AT, { timeZone: 'UTC', since: SINCE });
    const sealed = b.figures.zonesByKind.find((z) => z.kind === 'sealed')!;
    expect(sealed.count).toBe(1);
    expect(Math.abs(sealed.estimatedPeople - 5000)).toBeLessThanOrEqual(50);
    expect(sealed.populationOfTouchedCommunities).toBe(10000);
    const controlled = b.figures.zonesByKind.find((z) => z.kind === 'controlled')!;
    // 'B west' and 'B east' overlap and together cover B: 4,000, not 2,000 + 3,000. 'Stepped' is outside both.
    expect(controlled.count).toBe(3);
    expect(Math.abs(controlled.estimatedPeople - 4000)).toBeLessThanOrEqual(40);
    // A only shares its edge with B's zones: touching is not being inside.
    expect(controlled.populationOfTouchedCommunities).toBe(4000);
    // Area of the union on the spheroid: B (0.01° × 0.01° at 37.5° N ≈ 0.98 km²) plus 'Stepped' (≈ 0.01 km²).
    expect(controlled.areaKm2).toBeGreaterThan(0.9);
    expect(controlled.areaKm2).toBeLessThan(1.1);
  });
});
