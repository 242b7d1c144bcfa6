import 'server-only';
import type { Db } from '@/lib/db/client';
import type { OverlapRule } from '@/lib/overlap/rule';
import { findZoneVisits } from '@/lib/geo/zone-visits';
import type { TrajectoryPart } from '@/lib/trajectory/types';
import { capOverlaps, type OverlapSummary } from './cap-overlaps';
import { runEngineCheck } from './check-engine';
import { getCheckSnapshot } from './check-snapshot';
import { formatOverlaps, type OverlapReport } from './format-result';
import { trajectoryBbox, boxesIntersect } from './trajectory-bbox';

export type ZoneVisitReport = { name: string; kind: 'sealed' | 'controlled' | 'precaution'; from: string; to: string };

export type CheckOutcome = {
  overlaps: OverlapReport[];
  /** Present when the overlaps were more than an answer lists (MAX_LISTED_OVERLAPS). */
  overlapSummary?: OverlapSummary;
  zones: ZoneVisitReport[];
  publishedCaseCount: number;
};

/**
 * Checks a resident's trajectory against every published case track (the in-memory index) and the zones
 * it entered while they were in force. Reads only; nothing about the resident is stored. Throws the coded
 * 422 check.work-budget-exceeded for a trajectory that would cost more than a check may.
 */
export async function runCheck(db: Db, parts: readonly TrajectoryPart[], rule: OverlapRule): Promise<CheckOutcome> {
  const snapshot = await getCheckSnapshot(db);
  // In a worker under the work budget; a trajectory over it is refused (422) before the zones are read.
  const { overlaps, summary } = capOverlaps(formatOverlaps(await runEngineCheck(snapshot.engine, parts, rule)));
  const box = trajectoryBbox(parts);
  const nearbyZones = { ...snapshot.zones, features: snapshot.zones.features.filter((_, i) => boxesIntersect(box, snapshot.zoneBoxes[i])) };
  const visits = findZoneVisits(parts, nearbyZones, { maxGapMinutes: rule.maxGapMinutes });
  return {
    overlaps,
    ...(summary ? { overlapSummary: summary } : {}),
    zones: visits.map((v) => ({ name: v.name, kind: v.kind, from: new Date(v.from).toISOString(), to: new Date(v.to).toISOString() })),
    publishedCaseCount: snapshot.caseCount,
  };
}
