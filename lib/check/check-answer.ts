import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ZoneKind } from '../enums';
import { findZoneVisits, type ZoneFeatureCollection, type ZoneProperties } from '../geo/zone-visits';
import type { OverlapRule } from '../overlap/rule';
import type { Overlap } from '../overlap/types';
import type { TrajectoryPart } from '../trajectory/types';
import { adviceFor, type AdviceCode, type OverlapTiming } from './advice';
import { computeCoverage, type Coverage, type CoverageBasis, type LngLatBox, type SortedSpans, type TimeSpan } from './coverage';
import { formatOverlaps, type OverlapReport } from './format-result';
import { boxesIntersect, trajectoryBbox } from './trajectory-bbox';

/** One overlap as answered: the resident's window, and the case's own time at that place. */
export type OverlapAnswer = OverlapReport & {
  /** When the case was there (ISO), or null if it cannot be told. */
  caseFrom: string | null;
  caseTo: string | null;
  timing: OverlapTiming;
};

/** A zone the trajectory entered while it was in force, with the zone's id and since when it was in force. */
export type ZoneVisitAnswer = { zoneId: string; name: string; kind: ZoneKind; from: string; to: string; since: string | null };

/** The answer to one check, the same from POST /api/check and from the private check in the browser. */
export type CheckAnswer = {
  overlaps: OverlapAnswer[];
  zones: ZoneVisitAnswer[];
  coverage: Coverage;
  /** Positions the file held that could not be used (no time, repeated time, unreadable record). */
  droppedPoints: number;
  /** Records of the file (a feature, a row, a point) that could not be read and were skipped. */
  skippedRecords: number;
  /** The zone times without an offset were read in, or null when every time carried its offset. */
  assumedTimeZone: string | null;
  /** The advice before the resident says anything about the overlaps (the page recomputes it with their feedback). */
  advice: AdviceCode[];
};

/** What a check compared against: each case track's span, the coverage basis and the zones. */
export type CheckData = {
  /** Each case track's span; sorted once (`sortSpans`) where many checks share them. */
  caseSpans: Iterable<TimeSpan> | SortedSpans;
  basis: CoverageBasis;
  zones: ZoneFeatureCollection;
  /** Each zone's bounding box, in `zones` order: only zones near the trajectory are then walked. */
  zoneBoxes?: readonly LngLatBox[];
};

export type TrajectoryFacts = { droppedPoints?: number; skippedRecords?: number; assumedTimeZone?: string | null };

const since = (zone: Feature<Polygon | MultiPolygon, ZoneProperties> | undefined) => zone?.properties.effectiveFrom ?? null;

/**
 * Turns the engine's overlaps (with the case's time there, lib/check/case-time-there.ts) into the answer: the
 * overlaps formatted (each saying whether the case was there at the same time or had left), the zones entered
 * with their ids, coverage, and advice. Pure: the server route (lib/check/run-check.ts) and the browser's
 * private check both call it, so they answer alike.
 *
 * @example
 * answerCheck(parts, withCaseTimes(index, findOverlaps(parts, index, rule), rule), { caseSpans, basis, zones }, rule, { droppedPoints: 0 })
 * // → { overlaps: [{ caseCode: 'C-009', ..., caseFrom: '2020-03-07T01:30:00.000Z', timing: 'same-time' }], zones: [], coverage: { status: 'covered', ... }, ... }
 */
export function answerCheck(parts: readonly TrajectoryPart[], found: readonly Overlap[], data: CheckData, rule: OverlapRule, facts: TrajectoryFacts = {}): CheckAnswer {
  return completeAnswer(answerOverlaps(found), answerPlaces(parts, data, rule), facts);
}

/** What an answer says about where the trajectory went: the zones it entered and what the data covered. */
export type PlaceAnswer = { zones: ZoneVisitAnswer[]; coverage: Coverage };

/**
 * The zones entered (with their ids) and the coverage: the part of the answer that does not need the engine's
 * overlaps, so the server computes it while a worker runs the engine (lib/check/run-check.ts).
 */
export function answerPlaces(parts: readonly TrajectoryPart[], data: CheckData, rule: OverlapRule): PlaceAnswer {
  const box = trajectoryBbox(parts);
  const nearby = data.zoneBoxes ? data.zones.features.filter((_, i) => boxesIntersect(box, data.zoneBoxes![i])) : data.zones.features;
  const zoneById = new Map(data.zones.features.map((zone, i) => [String(zone.id ?? i), zone]));
  const visits = findZoneVisits(parts, { ...data.zones, features: nearby }, { maxGapMinutes: rule.maxGapMinutes });
  const zones = visits.map((visit): ZoneVisitAnswer => {
    const zoneId = String(visit.zoneId);
    return { zoneId, name: visit.name, kind: visit.kind, from: new Date(visit.from).toISOString(), to: new Date(visit.to).toISOString(), since: since(zoneById.get(zoneId)) };
  });
  return { zones, coverage: computeCoverage(parts, data, rule) };
}

/** The engine's overlaps formatted, each saying whether the case was there at the same time or had left. */
export function answerOverlaps(found: readonly Overlap[]): OverlapAnswer[] {
  const reports = formatOverlaps(found);
  // formatOverlaps sorts; pair each report with its engine overlap by case and start.
  const byKey = new Map(found.map((o) => [`${o.caseCode}|${new Date(Math.floor(o.from)).toISOString()}`, o]));
  return reports.map((report): OverlapAnswer => {
    const overlap = byKey.get(`${report.caseCode}|${report.from}`);
    const there = overlap?.caseFrom !== undefined && overlap.caseTo !== undefined ? { from: overlap.caseFrom, to: overlap.caseTo } : null;
    const timing: OverlapTiming = there && there.to < Date.parse(report.from) ? 'after-case' : 'same-time';
    return { ...report, caseFrom: there ? new Date(there.from).toISOString() : null, caseTo: there ? new Date(there.to).toISOString() : null, timing };
  });
}

/** The answer from its two halves, with the advice both call for. */
export function completeAnswer(overlaps: OverlapAnswer[], places: PlaceAnswer, facts: TrajectoryFacts = {}): CheckAnswer {
  const { zones, coverage } = places;
  const advice = adviceFor({ overlaps: overlaps.map((o) => ({ timing: o.timing })), zoneKinds: zones.map((z) => z.kind), coverage: coverage.status });
  return { overlaps, zones, coverage, droppedPoints: facts.droppedPoints ?? 0, skippedRecords: facts.skippedRecords ?? 0, assumedTimeZone: facts.assumedTimeZone ?? null, advice };
}
