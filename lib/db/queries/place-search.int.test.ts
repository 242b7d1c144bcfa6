import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { databaseKind, resetTables, testDb } from '../test-support';
import { seedDemoIfEmpty } from '../seed-demo';
import { saveCaseTracks } from './cases';
import { searchPlaces } from './place-search';

const AT = new Date('2020-03-12T00:00:00Z');
let db: Db;

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  await seedDemoIfEmpty(db);
  // A draft case with a place name of its own: a search must never find it.
  await saveCaseTracks(db, [{ caseCode: 'DRAFT-9', parts: [{ kind: 'stay', lngLat: [126.88, 37.5], start: Date.parse('2020-03-10T01:00:00Z'), end: Date.parse('2020-03-10T02:00:00Z'), place: 'Secret draft bakery' }], reportedAt: new Date('2020-03-10T03:00:00Z') }], { label: 'test' });
  // A published case living in 목동: its home community is staff-only.
  await db.execute(sql`UPDATE cases SET community_id = (SELECT id FROM communities WHERE name = '목동') WHERE code = 'C-001'`);
});

describe(`place search (${databaseKind})`, () => {
  it('finds communities, grid cells, zones in force and published case places by part of their name', async () => {
    const hits = await searchPlaces(db, 'guro-dong', AT);
    const kinds = new Set(hits.map((h) => h.kind));
    expect(kinds).toEqual(new Set(['grid-cell', 'zone', 'place']));
    expect(hits.find((h) => h.kind === 'zone')?.bbox).toHaveLength(4);
    expect((await searchPlaces(db, '목동', AT)).map((h) => [h.kind, h.name])).toContainEqual(['community', '목동']);
    const pharmacy = await searchPlaces(db, 'Pharmacy', AT);
    expect(pharmacy.length).toBeGreaterThan(0);
    for (const hit of pharmacy) {
      expect(hit.kind).toBe('place');
      expect(hit.bbox).toBeNull();
      expect(hit.lngLat[0]).toBeGreaterThan(126);
    }
  });

  it('never returns drafts, cases not yet reported, zones not in force, or a case home community', async () => {
    expect(await searchPlaces(db, 'Secret draft', AT)).toEqual([]);
    expect((await searchPlaces(db, 'Pharmacy', new Date('2020-03-01T00:00:00Z'))).length).toBe(0);
    expect((await searchPlaces(db, 'Sealed', new Date('2020-03-01T00:00:00Z'))).filter((h) => h.kind === 'zone')).toEqual([]);
    const everything = JSON.stringify(await searchPlaces(db, '-', AT));
    expect(everything).not.toMatch(/C-001|communityId|community_id/);
  });

  it('treats % and _ as plain characters', async () => {
    expect(await searchPlaces(db, '%', AT)).toEqual([]);
    expect(await searchPlaces(db, '_', AT)).toEqual([]);
  });
});
