import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { listPublishedCaseTracks, listPublishedCaseTracksForIndex, saveCaseTracks, setCasesPublished } from '@/lib/db/queries/cases';
import { createZone } from '@/lib/db/queries/zone-edits';
import { seedDemoIfEmpty } from '@/lib/demo/seed-demo';
import { databaseKind, resetTables, testDb } from '@/lib/testing/test-support';
import { getCheckSnapshot, invalidateCheckSnapshot } from './check-snapshot';

let db: Db;

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  await seedDemoIfEmpty(db);
  invalidateCheckSnapshot();
});

const square = (lng: number, lat: number, d = 0.001) => ({
  type: 'MultiPolygon' as const,
  coordinates: [[[[lng - d, lat - d], [lng + d, lat - d], [lng + d, lat + d], [lng - d, lat + d], [lng - d, lat - d]]]],
});

describe(`the check's snapshot on ${databaseKind}`, () => {
  it('reads the same case tracks as the interchange format, with millisecond times', async () => {
    const t = Date.parse('2020-03-09T03:04:05.678Z');
    await saveCaseTracks(
      db,
      [
        {
          caseCode: 'IDX-1',
          parts: [
            { kind: 'stay', lngLat: [126.8874123, 37.4954321], start: t, end: t + 3_600_001, place: 'Market' },
            { kind: 'movement', lngLats: [[126.88, 37.49], [126.881, 37.491], [126.882, 37.4925]], times: [t + 3_600_001, t + 3_660_123, t + 3_720_999] },
          ],
        },
      ],
      { label: 'test' },
      { publish: true },
    );
    const fast = await listPublishedCaseTracksForIndex(db);
    expect(fast).toEqual(await listPublishedCaseTracks(db));
    expect(fast.find((track) => track.caseCode === 'IDX-1')?.parts[1]).toEqual({
      kind: 'movement',
      lngLats: [[126.88, 37.49], [126.881, 37.491], [126.882, 37.4925]],
      times: [t + 3_600_001, t + 3_660_123, t + 3_720_999],
    });
    expect(fast.length).toBeGreaterThan(10);
  });

  it('reloads only the zones after a zone change: the case index is kept, the new zone is in', async () => {
    const before = await getCheckSnapshot(db);
    const saved = await createZone(
      db,
      { kind: 'controlled', name: 'Snapshot test zone', geom: square(126.88, 37.49), effectiveFrom: new Date('2020-03-01T00:00:00Z'), plannedLift: null, note: null },
      { label: 'test' },
    );
    expect(saved.ok).toBe(true);
    const after = await getCheckSnapshot(db);
    expect(after.index).toBe(before.index);
    expect(after.zones.features.length).toBe(before.zones.features.length + 1);
    expect(after.zones.features.map((z) => z.properties.name)).toContain('Snapshot test zone');
  });

  it('rebuilds the case index when the published cases change, at once for a change made by this process', async () => {
    const before = await getCheckSnapshot(db);
    expect(await setCasesPublished(db, ['C-009'], false, { label: 'test' })).toEqual(['C-009']);
    const after = await getCheckSnapshot(db);
    expect(after.index).not.toBe(before.index);
    expect(after.caseCount).toBe(before.caseCount - 1);
    await setCasesPublished(db, ['C-009'], true, { label: 'test' });
    expect((await getCheckSnapshot(db)).caseCount).toBe(before.caseCount);
  });
});
