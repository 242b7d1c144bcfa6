import 'server-only';
import { bbox as turfBbox } from '@turf/turf';
import { sql } from 'drizzle-orm';
import type { MultiPolygon } from 'geojson';
import type { CaseIndex } from '@/lib/overlap/build-case-index';
import { rowsOf, type Db } from '@/lib/db/client';
import { listPublishedCaseTracksForIndex } from '@/lib/db/queries/cases';
import { listZones } from '@/lib/db/queries/zones';
import { dataVersion } from '@/lib/db/data-version';
import { getCoverageBasis } from '@/lib/db/queries/coverage-basis';
import type { ZoneFeatureCollection } from '@/lib/geo/zone-visits';
import { caseTrackSpans, sortSpans, type CoverageBasis, type SortedSpans } from './coverage';
import { buildCaseDaysInBackground, setCaseDaysBasis } from '@/lib/case-days/case-days';
import { loadCheckEngine, type CheckEngine } from './check-engine';

/** What every check reads: the case index, each case track's span, the coverage basis and the zones with their bounding boxes. */
export type CheckSnapshot = {
  /** Where checks run (the worker pool, or an index on this thread). */
  engine: CheckEngine;
  /** The index on this thread, when there is no worker pool. */
  index: CaseIndex | undefined;
  caseCount: number;
  caseSpans: SortedSpans;
  basis: CoverageBasis;
  zones: ZoneFeatureCollection;
  zoneBoxes: [number, number, number, number][];
};

type Fingerprints = { cases: string; zones: string; communities: string };
type Cached = CheckSnapshot & { fingerprints: Fingerprints; checkedAt: number; dataVersion: number };

/**
 * How stale a check may be: a case published this long ago may not be in a check yet. It keeps the
 * database out of the hot path (500+ checks a second against one PGlite connection otherwise queue on it).
 */
export const SNAPSHOT_MAX_AGE_MS = 2_000;

const globalForSnapshot = globalThis as typeof globalThis & {
  gridwatchCheckSnapshot?: Cached;
  gridwatchCheckSnapshotLoad?: Promise<Cached>;
  /** A load that rebuilds the case index is running (seconds at 10,000 tracks). */
  gridwatchCheckSnapshotRebuilding?: boolean;
};

/** Change whenever a published case (resp. any zone) is added, edited, (un)published or deleted. */
async function fingerprints(db: Db): Promise<Fingerprints> {
  const [row] = rowsOf<Record<string, string | number | Date | null>>(
    await db.execute(sql`select
      (select count(*) from cases where status = 'published') as cases,
      (select max(updated_at) from cases where status = 'published') as case_updated,
      (select sum(id) from cases where status = 'published') as case_ids,
      (select count(*) from zones) as zones,
      (select max(updated_at) from zones) as zone_updated,
      (select sum(id) from zones) as zone_ids,
      (select count(*) from communities) as communities,
      (select max(updated_at) from communities) as community_updated,
      (select sum(id) from communities) as community_ids`),
  );
  const text = (keys: string[]) => keys.map((k) => (row[k] instanceof Date ? (row[k] as Date).toISOString() : String(row[k]))).join('|');
  return {
    cases: text(['cases', 'case_updated', 'case_ids']),
    zones: text(['zones', 'zone_updated', 'zone_ids']),
    communities: text(['communities', 'community_updated', 'community_ids']),
  };
}

async function loadZones(db: Db): Promise<Pick<CheckSnapshot, 'zones' | 'zoneBoxes'>> {
  const zones = await listZones(db);
  return { zones, zoneBoxes: zones.features.map((z) => turfBbox(z.geometry as MultiPolygon) as [number, number, number, number]) };
}

async function loadAll(db: Db): Promise<CheckSnapshot> {
  const [tracks, zones, basis] = await Promise.all([listPublishedCaseTracksForIndex(db), loadZones(db), getCoverageBasis(db)]);
  // The private check's day files follow the same published tracks; rebuilt beside, never in a request.
  setCaseDaysBasis(basis);
  void buildCaseDaysInBackground(tracks);
  const engine = await loadCheckEngine(tracks);
  return { engine, index: engine.kind === 'local' ? engine.index : undefined, caseCount: tracks.length, caseSpans: sortSpans(caseTrackSpans(tracks)), basis, ...zones };
}

/**
 * Revalidates the snapshot: one cheap aggregate query, then a reload of only what changed. A zone edit
 * reloads the zones (milliseconds); a change to the published cases rebuilds the case index (seconds at
 * 10,000 tracks), during which other checks keep using the previous snapshot.
 */
async function revalidate(db: Db): Promise<Cached> {
  const version = dataVersion();
  const print = await fingerprints(db);
  const current = globalForSnapshot.gridwatchCheckSnapshot;
  const stamp = { fingerprints: print, checkedAt: Date.now(), dataVersion: version };
  let next: Cached;
  if (current && current.fingerprints.cases === print.cases) {
    const zones = current.fingerprints.zones === print.zones ? {} : await loadZones(db);
    // The area is the communities' extent: an import of communities changes it.
    const basis = current.fingerprints.communities === print.communities ? {} : { basis: await getCoverageBasis(db) };
    if (basis.basis) setCaseDaysBasis(basis.basis);
    next = { ...current, ...zones, ...basis, ...stamp };
  } else {
    globalForSnapshot.gridwatchCheckSnapshotRebuilding = true;
    next = { ...(await loadAll(db)), ...stamp };
  }
  globalForSnapshot.gridwatchCheckSnapshot = next;
  return next;
}

/**
 * The snapshot checks run against: reused for SNAPSHOT_MAX_AGE_MS, then revalidated (see `revalidate`).
 * Concurrent callers share one load. The caller that starts a load waits for it, so a check made after a
 * change in this process sees it; callers arriving while the case index is being rebuilt get the previous
 * snapshot rather than queueing behind the rebuild.
 */
export async function getCheckSnapshot(db: Db): Promise<CheckSnapshot> {
  const cached = globalForSnapshot.gridwatchCheckSnapshot;
  // A change recorded by this process (dataVersion) revalidates at once; other processes' within the max age.
  if (cached && cached.dataVersion === dataVersion() && Date.now() - cached.checkedAt < SNAPSHOT_MAX_AGE_MS) return cached;
  const running = globalForSnapshot.gridwatchCheckSnapshotLoad;
  if (running) return cached && globalForSnapshot.gridwatchCheckSnapshotRebuilding ? cached : running;
  const load = revalidate(db).finally(() => {
    globalForSnapshot.gridwatchCheckSnapshotLoad = undefined;
    globalForSnapshot.gridwatchCheckSnapshotRebuilding = false;
  });
  globalForSnapshot.gridwatchCheckSnapshotLoad = load;
  return load;
}

/** Forget the snapshot (tests that change cases and check again at once). */
export function invalidateCheckSnapshot(): void {
  globalForSnapshot.gridwatchCheckSnapshot = undefined;
}
