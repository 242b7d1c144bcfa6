import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../client';
import { databaseKind, resetTables, testDb } from '../test-support';
import { seedDemoIfEmpty } from '../seed-demo';
import { countMapFeatures, loadBriefing, outbreakRange } from './briefing';
import { communityStatusesAt } from './community-status';

const TZ = 'Asia/Seoul';
type DemoCase = { properties: { caseCode: string; reportedAt: string } };
const demoCases = (JSON.parse(fs.readFileSync(path.join(process.cwd(), 'lib/demo/cases.geojson'), 'utf8')) as { features: DemoCase[] }).features;
/** Cases reported in (from, to], counted from the demo file itself rather than the database. */
const casesReported = (from: number, to: number) =>
  new Set(demoCases.filter((f) => Date.parse(f.properties.reportedAt) > from && Date.parse(f.properties.reportedAt) <= to).map((f) => f.properties.caseCode)).size;

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  await seedDemoIfEmpty(db);
});

describe(`briefing figures on the demo data (${databaseKind})`, () => {
  it('spans the outbreak days and counts the map features', async () => {
    // From the first case visit to the demo's last generated testing round (the last zone lift is 16 March).
    expect(await outbreakRange(db, TZ)).toEqual({ from: '2020-02-28', to: '2020-03-29' });
    expect(await countMapFeatures(db)).toBeGreaterThan(100);
  });

  it('at the end of 10 March: every zone in force, cases of two report days, six zones added', async () => {
    const at = new Date('2020-03-10T14:59:59.999Z');
    const b = await loadBriefing(db, at, { timeZone: TZ, withGeoJson: true });
    expect(b.figures.zonesByKind.map((z) => [z.kind, z.count])).toEqual([
      ['sealed', 4],
      ['controlled', 4],
      ['precaution', 4],
    ]);
    const [sealed, controlled, precaution] = b.figures.zonesByKind;
    // 120 m, 500 m and 1500 m circles: areas grow by kind, and a compound is ~0.045 km².
    expect(sealed.areaKm2).toBeGreaterThan(4 * 0.04);
    expect(sealed.areaKm2).toBeLessThan(4 * 0.05);
    expect(controlled.areaKm2).toBeGreaterThan(sealed.areaKm2);
    expect(precaution.areaKm2).toBeGreaterThan(controlled.areaKm2);
    expect(precaution.estimatedPeople).toBeGreaterThanOrEqual(sealed.estimatedPeople);
    // Four ~0.045 km² compounds: hundreds or thousands of people, not the 478,900 of every community they touch.
    expect(sealed.estimatedPeople).toBeGreaterThanOrEqual(100);
    expect(sealed.estimatedPeople).toBeLessThan(10_000);
    expect(sealed.populationOfTouchedCommunities).toBeGreaterThan(sealed.estimatedPeople * 10);
    expect(b.figures.casesTotal).toBe(casesReported(0, at.getTime()));
    expect(b.figures.casesByDay.map((d) => d.day)).toEqual(['2020-03-09', '2020-03-10']);
    expect(b.figures.newCases.count).toBe(casesReported(at.getTime() - 86_400_000, at.getTime()));
    expect(b.figures.communities?.total).toBe(63);
    expect(b.figures.communities?.noEpidemic).toBeLessThan(63);
    expect(b.figures.reportsAwaiting).toBe(0);
    expect(b.changes.zones.filter((z) => z.change === 'declared')).toHaveLength(6);
    expect(b.changes.cases).toHaveLength(b.figures.newCases.count);
    expect(b.zones?.features).toHaveLength(12);
    expect(b.places.length).toBeGreaterThan(0);
    for (const place of b.places) {
      expect(place.caseCodes.length).toBeGreaterThan(0);
      expect(Date.parse(place.start)).toBeLessThanOrEqual(at.getTime());
    }
  });

  it('at the end of 16 March: two precaution zones lifted, no new cases', async () => {
    const at = new Date('2020-03-16T14:59:59.999Z');
    const b = await loadBriefing(db, at, { timeZone: TZ, trackDays: 3 });
    expect(b.figures.zonesByKind.map((z) => z.count)).toEqual([4, 4, 2]);
    expect(b.figures.casesTotal).toBe(demoCases.length ? casesReported(0, at.getTime()) : 0);
    expect(b.figures.newCases.count).toBe(0);
    expect(b.changes.zones.map((z) => [z.change, z.kind])).toEqual([
      ['lifted', 'precaution'],
      ['lifted', 'precaution'],
    ]);
    expect(b.changes.zoneShapes.features).toHaveLength(2);
    expect(b.changes.cases).toEqual([]);
    expect(b.zones).toBeNull();
    // Only visits within the last 3 days count as places; the demo's visits end on 11 March.
    expect(b.places).toEqual([]);
    const statuses = await communityStatusesAt(at);
    expect(b.figures.communities?.noEpidemic).toBe([...statuses.values()].filter((s) => s.isNoEpidemic).length);
    expect(b.figures.communities?.total).toBe(statuses.size);
  });

  it('at 07:30 reports the cases reported at 20:00 the evening before', async () => {
    const b = await loadBriefing(db, new Date('2020-03-11T07:30:00+09:00'), { timeZone: TZ });
    expect(b.figures.newCases.since).toBe('2020-03-09T22:30:00.000Z');
    expect(b.figures.newCases.count).toBe(casesReported(Date.parse('2020-03-10T07:30:00+09:00'), Date.parse('2020-03-11T07:30:00+09:00')));
    expect(b.figures.newCases.count).toBeGreaterThan(0);
    expect(b.changes.cases.map((c) => c.reportedAt)).toContain('2020-03-10T11:00:00.000Z');
  });

  it('draws the no-epidemic progress: up after the first rounds, down with the cluster, up again; rounds per day', async () => {
    const at = new Date('2020-03-29T14:59:59.999Z');
    const b = await loadBriefing(db, at, { timeZone: TZ, progressRange: { from: '2020-02-28', to: '2020-03-29' } });
    const count = new Map(b.figures.progress?.days.map((d) => [d.day, d.count]));
    expect(b.figures.progress?.days).toHaveLength(31);
    expect(count.get('2020-02-28')).toBe(0);
    expect(count.get('2020-03-08')).toBeGreaterThan(count.get('2020-03-12') ?? Infinity);
    expect(count.get('2020-03-29')).toBeGreaterThan(count.get('2020-03-12') ?? Infinity);
    expect(count.get('2020-03-29')).toBe(b.figures.communities?.noEpidemic);
    expect(b.figures.progress?.targets).toHaveLength(10);
    const tenth = b.figures.roundsByDay.find((d) => d.day === '2020-03-10');
    expect(tenth?.positives).toBeGreaterThan(0);
    expect(tenth?.rounds).toBeGreaterThanOrEqual(63);
  });
});
