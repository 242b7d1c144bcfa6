import 'server-only';
import type { Db } from '@/lib/db/client';
import { findOverlaps } from '@/lib/overlap/find-overlaps';
import type { OverlapRule } from '@/lib/overlap/rule';
import { findZoneVisits } from '@/lib/geo/zone-visits';
import type { TrajectoryPart } from '@/lib/trajectory/types';
import { getCheckSnapshot } from './check-snapshot';
import { formatOverlaps, type OverlapReport } from './format-result';
import { trajectoryBbox, boxesIntersect } from './trajectory-bbox';

export type ZoneVisitReport = { name: string; kind: 'sealed' | 'controlled' | 'precaution'; from: string; to: string };

export type CheckOutcome = { overlaps: OverlapReport[]; zones: ZoneVisitReport[]; publishedCaseCount: number };

/**
 * Checks a resident's trajectory against every published case track (the in-memory index) and the zones
 * it entered while they were in force. Reads only; nothing about the resident is stored.
 */
export async function runCheck(db: Db, parts: readonly TrajectoryPart[], rule: OverlapRule): Promise<CheckOutcome> {
  const snapshot = await getCheckSnapshot(db);
  const overlaps = findOverlaps(parts, snapshot.index, rule);
  const box = trajectoryBbox(parts);
  const nearbyZones = { ...snapshot.zones, features: snapshot.zones.features.filter((_, i) => boxesIntersect(box, snapshot.zoneBoxes[i])) };
  const visits = findZoneVisits(parts, nearbyZones, { maxGapMinutes: rule.maxGapMinutes });
  return {
    overlaps: formatOverlaps(overlaps),
    zones: visits.map((v) => ({ name: v.name, kind: v.kind, from: new Date(v.from).toISOString(), to: new Date(v.to).toISOString() })),
    publishedCaseCount: snapshot.caseCount,
  };
}
