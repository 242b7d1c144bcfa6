import 'server-only';
import { bbox as turfBbox } from '@turf/turf';
import { sql } from 'drizzle-orm';
import type { MultiPolygon } from 'geojson';
import { buildCaseIndex, type CaseIndex } from '@/lib/overlap/build-case-index';
import { rowsOf, type Db } from '@/lib/db/client';
import { listPublishedCaseTracks } from '@/lib/db/queries/cases';
import { listZones } from '@/lib/db/queries/zones';
import { dataVersion } from '@/lib/db/data-version';
import type { ZoneFeatureCollection } from '@/lib/geo/zone-visits';

/** What every check reads: the case index and the zones with their bounding boxes. */
export type CheckSnapshot = {
  index: CaseIndex;
  caseCount: number;
  zones: ZoneFeatureCollection;
  zoneBoxes: [number, number, number, number][];
};

type Cached = CheckSnapshot & { fingerprint: string; checkedAt: number; dataVersion: number };

/**
 * How stale a check may be: a case published this long ago may not be in a check yet. It keeps the
 * database out of the hot path (500+ checks a second against one PGlite connection otherwise queue on it).
 */
export const SNAPSHOT_MAX_AGE_MS = 2_000;

const globalForSnapshot = globalThis as typeof globalThis & { gridwatchCheckSnapshot?: Cached; gridwatchCheckSnapshotLoad?: Promise<Cached> };

/** Changes whenever a published case or any zone is added, edited, (un)published or deleted. */
async function fingerprint(db: Db): Promise<string> {
  const [row] = rowsOf<Record<string, string | number | Date | null>>(
    await db.execute(sql`select
      (select count(*) from cases where status = 'published') as cases,
      (select max(updated_at) from cases where status = 'published') as case_updated,
      (select sum(id) from cases where status = 'published') as case_ids,
      (select count(*) from zones) as zones,
      (select max(updated_at) from zones) as zone_updated,
      (select sum(id) from zones) as zone_ids`),
  );
  return Object.values(row).map((v) => (v instanceof Date ? v.toISOString() : String(v))).join('|');
}

async function load(db: Db, print: string, version: number): Promise<Cached> {
  const [tracks, zones] = await Promise.all([listPublishedCaseTracks(db), listZones(db)]);
  return {
    fingerprint: print,
    checkedAt: Date.now(),
    dataVersion: version,
    index: buildCaseIndex(tracks),
    caseCount: tracks.length,
    zones,
    zoneBoxes: zones.features.map((z) => turfBbox(z.geometry as MultiPolygon) as [number, number, number, number]),
  };
}

/**
 * The snapshot checks run against: reused for SNAPSHOT_MAX_AGE_MS, then revalidated with one cheap
 * aggregate query and rebuilt only when published cases or zones changed. Concurrent callers share one load.
 */
export async function getCheckSnapshot(db: Db): Promise<CheckSnapshot> {
  const cached = globalForSnapshot.gridwatchCheckSnapshot;
  // A change recorded by this process (dataVersion) revalidates at once; other processes' within the max age.
  if (cached && cached.dataVersion === dataVersion() && Date.now() - cached.checkedAt < SNAPSHOT_MAX_AGE_MS) return cached;
  globalForSnapshot.gridwatchCheckSnapshotLoad ??= (async () => {
    const version = dataVersion();
    const print = await fingerprint(db);
    const current = globalForSnapshot.gridwatchCheckSnapshot;
    const next = current?.fingerprint === print ? { ...current, checkedAt: Date.now(), dataVersion: version } : await load(db, print, version);
    globalForSnapshot.gridwatchCheckSnapshot = next;
    return next;
  })().finally(() => {
    globalForSnapshot.gridwatchCheckSnapshotLoad = undefined;
  });
  return globalForSnapshot.gridwatchCheckSnapshotLoad;
}

/** Forget the snapshot (tests that change cases and check again at once). */
export function invalidateCheckSnapshot(): void {
  globalForSnapshot.gridwatchCheckSnapshot = undefined;
}
