import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { databaseKind, resetTables, testDb } from '../test-support';
import { cases, communities, residentReports, testingRounds } from '../schema';
import { runImport } from '@/lib/import/run-import';
import { COMMUNITY_CARD_KEYS } from '@/lib/community/community-card';
import { getCommunityCard } from './community-card';
import { saveCommunityContacts } from './community-contacts';
import { settings } from '@/lib/env';
import { localDay, localMidnight } from '@/lib/briefing/slider-days';

const TZ = 'Asia/Seoul';
const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), 'lib/db/fixtures', name), 'utf8');
const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const polygon = (ring: number[][]) => ({ type: 'Polygon', coordinates: [ring] });
/** Riverside (T-1) is the square 126.88–126.90 × 37.49–37.51; Hillside (T-2) lies far to the north-east. */
const inside = polygon([[126.885, 37.495], [126.895, 37.495], [126.895, 37.505], [126.885, 37.495]]);
const touchingOnly = polygon([[126.90, 37.49], [126.92, 37.49], [126.92, 37.51], [126.90, 37.51], [126.90, 37.49]]);
const AT = new Date('2022-10-10T12:00:00+09:00');

let db: Db;
let riverside: number;
let hillside: number;

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  await runImport(db, 'communities', fixture('two-communities.geojson'), { timeZone: TZ });
  const rows = await db.select({ id: communities.id, code: communities.code }).from(communities);
  riverside = rows.find((r) => r.code === 'T-1')!.id;
  hillside = rows.find((r) => r.code === 'T-2')!.id;
  await runImport(
    db,
    'grid-cells',
    fc([
      { type: 'Feature', properties: { communityCode: 'T-1', name: 'Grid 1', worker: 'Wang <b>Fang</b>', workerPhone: '010-0000-0001' }, geometry: polygon([[126.88, 37.49], [126.89, 37.49], [126.89, 37.5], [126.88, 37.49]]) },
      { type: 'Feature', properties: { communityCode: 'T-1', name: 'Grid 2' }, geometry: polygon([[126.89, 37.5], [126.9, 37.5], [126.9, 37.51], [126.89, 37.5]]) },
    ]),
    { timeZone: TZ },
  );
  await runImport(
    db,
    'zones',
    fc([
      { type: 'Feature', properties: { kind: 'precaution', name: 'Riverside wide', effectiveFrom: '2022-10-05T08:00:00+09:00', plannedLift: '2022-10-20T08:00:00+09:00' }, geometry: inside },
      { type: 'Feature', properties: { kind: 'sealed', name: 'Riverside compound', effectiveFrom: '2022-10-06T08:00:00+09:00' }, geometry: inside },
      { type: 'Feature', properties: { kind: 'controlled', name: 'Lifted before', effectiveFrom: '2022-10-01T08:00:00+09:00', liftedAt: '2022-10-08T08:00:00+09:00' }, geometry: inside },
      { type: 'Feature', properties: { kind: 'controlled', name: 'Not yet', effectiveFrom: '2022-10-11T08:00:00+09:00' }, geometry: inside },
      { type: 'Feature', properties: { kind: 'sealed', name: 'Next door', effectiveFrom: '2022-10-06T08:00:00+09:00' }, geometry: touchingOnly },
    ]),
    { timeZone: TZ },
  );
  // A draft case whose home community is Riverside: staff-only, never on a public card.
  await runImport(db, 'cases', ['caseCode,place,lon,lat,start,end', 'SECRET-7,Home block,126.89,37.50,2022-10-07T09:00:00+09:00,2022-10-07T10:00:00+09:00'].join('\n'), { timeZone: TZ });
  await db.update(cases).set({ communityId: riverside }).where(eq(cases.code, 'SECRET-7'));
  await db.insert(residentReports).values({
    communityId: riverside,
    name: 'Resident Zhang',
    phone: '13900001111',
    overlaps: [{ caseCode: 'SECRET-7' }],
    consentedAt: new Date(),
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  await saveCommunityContacts(db, riverside, [
    { label: 'Medical help 就医', phone: '010-0000-5001' },
    { label: '<script>alert(1)</script>', phone: '+86 (20) 1234 5678' },
  ], { label: 'test' });
  await db.insert(testingRounds).values([
    { communityId: riverside, roundNumber: 1, testedOn: '2022-10-07', peopleTested: 9000, positives: 3 },
    { communityId: riverside, roundNumber: 2, testedOn: '2022-10-09', peopleTested: 11_000, positives: 0 },
    // Tested after AT (a later local day): not yet the latest at AT.
    { communityId: riverside, roundNumber: 3, testedOn: '2022-10-11', peopleTested: 11_500, positives: 1 },
  ]);
});

describe(`the community card on ${databaseKind}`, () => {
  it('carries what the community publishes: name, grid workers and service numbers in order', async () => {
    const card = (await getCommunityCard(db, riverside, AT))!;
    expect(card).toMatchObject({ id: riverside, code: 'T-1', name: 'Riverside', district: 'Test-gu', population: 12000, at: AT.toISOString() });
    expect(card.gridCells.map((g) => [g.name, g.worker, g.workerPhone])).toEqual([
      ['Grid 1', 'Wang <b>Fang</b>', '010-0000-0001'],
      ['Grid 2', null, null],
    ]);
    expect(card.contacts.map((c) => [c.label, c.phone])).toEqual([
      ['Medical help 就医', '010-0000-5001'],
      ['<script>alert(1)</script>', '+86 (20) 1234 5678'],
    ]);
  });

  it('lists only zones in force at the instant over the community itself, most severe first', async () => {
    const card = (await getCommunityCard(db, riverside, AT))!;
    expect(card.zones.map((z) => [z.kind, z.name])).toEqual([
      ['sealed', 'Riverside compound'],
      ['precaution', 'Riverside wide'],
    ]);
    expect(card.zones[1]).toMatchObject({ since: '2022-10-04T23:00:00.000Z', plannedLift: '2022-10-19T23:00:00.000Z' });
    const later = (await getCommunityCard(db, riverside, new Date('2022-10-12T12:00:00+09:00')))!;
    expect(later.zones.map((z) => z.name)).toContain('Not yet');
  });

  it('gives the latest round tested by that local day, and the status with its reasons', async () => {
    const card = (await getCommunityCard(db, riverside, AT))!;
    expect(card.latestRound).toEqual({ roundNumber: 2, testedOn: '2022-10-09', peopleTested: 11_000, positives: 0, gridCellCount: null });
    expect(card.status).toMatchObject({ isNoEpidemic: false });
    expect(card.status!.reasons).toContain('zone-in-force');
    const later = (await getCommunityCard(db, riverside, new Date('2022-10-11T09:00:00+09:00')))!;
    expect(later.latestRound).toMatchObject({ roundNumber: 3, positives: 1 });
  });

  it('sums a round run per grid cell, and says a community without rounds has none', async () => {
    const [g1, g2] = (await getCommunityCard(db, riverside, AT))!.gridCells;
    await db.insert(testingRounds).values([
      { communityId: hillside, roundNumber: 1, testedOn: '2022-10-08', peopleTested: 400, positives: 0 },
      { communityId: riverside, gridCellId: g1.id, roundNumber: 5, testedOn: '2022-10-10', peopleTested: 300, positives: 0 },
      { communityId: riverside, gridCellId: g2.id, roundNumber: 5, testedOn: '2022-10-10', peopleTested: 200, positives: 1 },
    ]);
    expect((await getCommunityCard(db, riverside, AT))!.latestRound).toEqual({ roundNumber: 5, testedOn: '2022-10-10', peopleTested: 500, positives: 1, gridCellCount: 2 });
    const hill = (await getCommunityCard(db, hillside, new Date('2022-10-01T00:00:00Z')))!;
    expect(hill.latestRound).toBeNull();
    expect(hill.contacts).toEqual([]);
    await db.delete(testingRounds).where(sql`grid_cell_id is not null or community_id = ${hillside}`);
  });

  it('is no-epidemic once it has tested negative for the whole window with no zone or case over it', async () => {
    // Hillside: no case, and the sealed zone next door only touches its edge.
    await db.insert(testingRounds).values({ communityId: hillside, roundNumber: 1, testedOn: '2022-09-20', peopleTested: 500, positives: 0 });
    expect((await getCommunityCard(db, hillside, AT))!.status).toMatchObject({ isNoEpidemic: true, reasons: [] });
    await db.update(testingRounds).set({ testedOn: '2022-10-09' }).where(eq(testingRounds.communityId, hillside));
    expect((await getCommunityCard(db, hillside, AT))!.status).toMatchObject({ isNoEpidemic: false, reasons: ['negative-round-recent'] });
    await db.delete(testingRounds).where(eq(testingRounds.communityId, hillside));
    expect((await getCommunityCard(db, hillside, AT))!.status).toMatchObject({ isNoEpidemic: false, reasons: ['no-testing-round'] });
  });

  it('carries no personal data: no report, no resident, no case home, only the published keys', async () => {
    const card = (await getCommunityCard(db, riverside, AT))!;
    expect(Object.keys(card).sort()).toEqual([...COMMUNITY_CARD_KEYS].sort());
    const text = JSON.stringify(card);
    for (const leak of ['Resident Zhang', '13900001111', 'SECRET-7', 'Home block', 'communityId', 'createdBy', 'note']) expect(text).not.toContain(leak);
  });

  it('changes public status only at a day boundary: stepping at= across a case\'s report time shows nothing', async () => {
    // Hillside, no-epidemic on a negative round long ago; then a published case lives there, reported 14:37.
    await db.insert(testingRounds).values({ communityId: hillside, roundNumber: 1, testedOn: '2022-09-20', peopleTested: 500, positives: 0 });
    await runImport(db, 'cases', ['caseCode,place,lon,lat,start,end', 'HOME-9,Market,126.95,37.60,2022-10-09T09:00:00+09:00,2022-10-09T10:00:00+09:00'].join('\n'), { timeZone: TZ });
    const reportedAt = new Date('2022-10-10T14:37:00+09:00');
    await db.update(cases).set({ communityId: hillside, status: 'published', publishedAt: reportedAt, reportedAt }).where(eq(cases.code, 'HOME-9'));
    try {
      const statusAt = async (t: number) => (await getCommunityCard(db, hillside, new Date(t)))!.status;
      const before = await statusAt(reportedAt.getTime() - 60_000);
      expect(before).toMatchObject({ isNoEpidemic: true });
      const dayEnd = localMidnight(localDay(new Date(localMidnight(localDay(reportedAt, settings.timeZone), settings.timeZone).getTime() + 36 * 3_600_000), settings.timeZone), settings.timeZone).getTime();
      for (const t of [reportedAt.getTime(), reportedAt.getTime() + 1, reportedAt.getTime() + 60_000, dayEnd - 1]) expect(await statusAt(t), new Date(t).toISOString()).toEqual(before);
      const after = await statusAt(dayEnd + settings.publicStatusDelayHours * 3_600_000);
      expect(after).toMatchObject({ isNoEpidemic: false, reasons: ['case-recently'] });
    } finally {
      await db.delete(cases).where(eq(cases.code, 'HOME-9'));
      await db.delete(testingRounds).where(eq(testingRounds.communityId, hillside));
    }
  });

  it('is undefined for an unknown community', async () => {
    expect(await getCommunityCard(db, 999_999, AT)).toBeUndefined();
  });
});
