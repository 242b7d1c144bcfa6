import 'server-only';
import { bbox, featureCollection, lineString, point } from '@turf/turf';
import type { Feature } from 'geojson';
import type { Db } from '@/lib/db/client';
import { listZones } from '@/lib/db/queries/zones';
import { findOverlaps } from '@/lib/overlap/find-overlaps';
import type { OverlapRule } from '@/lib/overlap/rule';
import { findZoneVisits } from '@/lib/geo/zone-visits';
import type { TrajectoryPart } from '@/lib/trajectory/types';
import { getCaseIndex } from './case-index-cache';
import { formatOverlaps, type OverlapReport } from './format-result';

export type ZoneVisitReport = { name: string; kind: 'sealed' | 'controlled' | 'precaution'; from: string; to: string };

export type CheckOutcome = { overlaps: OverlapReport[]; zones: ZoneVisitReport[]; publishedCaseCount: number };

/** ~10 m: a trajectory along one parallel has a flat bbox, which GEOS 3.11 does not intersect reliably. */
const BBOX_PAD_DEGREES = 1e-4;

function partsBbox(parts: readonly TrajectoryPart[]): [number, number, number, number] {
  const features: Feature[] = parts.map((p) => (p.kind === 'stay' ? point(p.lngLat) : lineString(p.lngLats)));
  const [minLng, minLat, maxLng, maxLat] = bbox(featureCollection(features));
  return [minLng - BBOX_PAD_DEGREES, minLat - BBOX_PAD_DEGREES, maxLng + BBOX_PAD_DEGREES, maxLat + BBOX_PAD_DEGREES];
}

/**
 * Checks a resident's trajectory against every published case track (the in-memory index) and the zones
 * it entered while they were in force. Reads only; nothing about the resident is stored.
 */
export async function runCheck(db: Db, parts: readonly TrajectoryPart[], rule: OverlapRule): Promise<CheckOutcome> {
  const [{ index, caseCount }, zones] = await Promise.all([getCaseIndex(db), listZones(db, { bbox: partsBbox(parts) })]);
  const overlaps = findOverlaps(parts, index, rule);
  const visits = findZoneVisits(parts, zones, { maxGapMinutes: rule.maxGapMinutes });
  return {
    overlaps: formatOverlaps(overlaps),
    zones: visits.map((v) => ({ name: v.name, kind: v.kind, from: new Date(v.from).toISOString(), to: new Date(v.to).toISOString() })),
    publishedCaseCount: caseCount,
  };
}
