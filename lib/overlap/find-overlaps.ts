import type { LngLat, TrajectoryPart } from '../trajectory/types';
import { searchCaseIndex, type CaseIndex } from './build-case-index';
import { findCompanionOverlaps } from './companion';
import { paddingDegrees } from './local-projection';
import { forEachPiece } from './parts-to-pieces';
import { pieceWindows, type PieceWindow } from './piece-windows';
import { createPlanarPiece, positionAt, projectPiecePair, type GeoPiece } from './project-piece-pair';
import { resolveRule, type DistanceRule, type OverlapRule, type RuleInput } from './rule';
import type { Overlap } from './types';

/**
 * Windows of one case closer than this are one window: gaps under a millisecond come from rounding in the
 * roots (fix times have millisecond resolution), not from the resident leaving the case's reach.
 */
export const MERGE_GAP_MS = 1;

/**
 * The search box is padded by D·(1 + 1%) + 1 m: the planar frame's scale is taken at the pair's mean
 * latitude, which may differ slightly from the box's, and the search must never be the stricter test.
 */
const SEARCH_PAD_RELATIVE = 1.01;
const SEARCH_PAD_METERS = 1;

/** An exposure window on one pair of pieces, before merging per case. */
export type RawWindow = {
  caseIndex: number;
  casePiece: number;
  from: number;
  to: number;
  minDistance: number;
  closest: LngLat;
};

/**
 * The resident's overlaps with indexed cases under a rule (a preset, explicit parameters or a resolved
 * rule; default 100 m, same time, any duration), sorted by start then case code. Exact: windows are solved
 * in closed form on each pair of simultaneous pieces found through the index. Does not mutate its inputs.
 *
 * @example
 * const index = buildCaseIndex(cases);
 * findOverlaps(residentParts, index, { preset: 'same-place' })
 * // → [{ caseCode: 'C-17', from: 1714636800000, to: 1714638000000, minutes: 20, minDistanceMeters: 12.5, closest: [126.98, 37.56], place: 'Market' }]
 */
export function findOverlaps(
  resident: readonly TrajectoryPart[],
  index: CaseIndex,
  rule?: RuleInput | OverlapRule,
): Overlap[] {
  const resolved = resolveRule(rule);
  if (resolved.mode === 'companion') return findCompanionOverlaps(resident, index, resolved);
  return mergeDistanceWindows(collectDistanceWindows(resident, index, resolved), index, resolved.minOverlapMinutes * 60_000);
}

/**
 * Every exposure window on every (resident piece, case piece) pair, unmerged.
 *
 * @example
 * collectDistanceWindows(residentParts, index, DEFAULT_RULE).length // → 3
 */
export function collectDistanceWindows(
  resident: readonly TrajectoryPart[],
  index: CaseIndex,
  rule: DistanceRule,
): RawWindow[] {
  const distance = rule.distanceMeters;
  const toleranceMs = rule.toleranceMinutes * 60_000;
  const searchMeters = distance * SEARCH_PAD_RELATIVE + SEARCH_PAD_METERS;
  const { pieces } = index;
  const residentPlanar = createPlanarPiece();
  const casePlanar = createPlanarPiece();
  const geo: GeoPiece = { t0: 0, t1: 0, lng0: 0, lat0: 0, lng1: 0, lat1: 0 };
  const hits: number[] = [];
  const found: PieceWindow[] = [];
  const windows: RawWindow[] = [];

  forEachPiece(resident, rule.maxGapMinutes * 60_000, (t0, t1, lng0, lat0, lng1, lat1) => {
    geo.t0 = t0;
    geo.t1 = t1;
    geo.lng0 = lng0;
    geo.lat0 = lat0;
    geo.lng1 = lng1;
    geo.lat1 = lat1;
    const { dLng, dLat } = paddingDegrees(searchMeters, Math.max(Math.abs(lat0), Math.abs(lat1)));
    hits.length = 0;
    searchCaseIndex(
      index,
      [Math.min(lng0, lng1) - dLng, Math.min(lat0, lat1) - dLat, Math.max(lng0, lng1) + dLng, Math.max(lat0, lat1) + dLat],
      t0 - toleranceMs,
      t1,
      hits,
    );
    for (let h = 0; h < hits.length; h++) {
      const i = hits[h];
      projectPiecePair(geo, pieces, i, residentPlanar, casePlanar);
      found.length = 0;
      pieceWindows(residentPlanar, casePlanar, distance, toleranceMs, found);
      for (const w of found) {
        windows.push({
          caseIndex: pieces.caseOf[i],
          casePiece: i,
          from: w.from,
          to: w.to,
          minDistance: w.minDistance,
          closest: positionAt(geo, w.atTime),
        });
      }
    }
  });
  return windows;
}

/**
 * Merges raw windows per case into maximal windows (touching or overlapping ones join), keeps those lasting
 * at least `minOverlapMs`, and sorts them by start then case code.
 *
 * @example
 * mergeDistanceWindows(collectDistanceWindows(residentParts, index, rule), index, 15 * 60_000)
 */
export function mergeDistanceWindows(windows: readonly RawWindow[], index: CaseIndex, minOverlapMs: number): Overlap[] {
  const sorted = [...windows].sort((a, b) => a.caseIndex - b.caseIndex || a.from - b.from);
  const overlaps: Overlap[] = [];
  let current: RawWindow | undefined;
  const emit = (w: RawWindow) => {
    if (w.to - w.from < minOverlapMs) return;
    const placeId = index.pieces.placeOf[w.casePiece];
    overlaps.push({
      caseCode: index.caseCodes[w.caseIndex],
      from: w.from,
      to: w.to,
      minutes: (w.to - w.from) / 60_000,
      minDistanceMeters: w.minDistance,
      closest: w.closest,
      ...(placeId >= 0 ? { place: index.places[placeId] } : {}),
    });
  };
  for (const w of sorted) {
    if (current && current.caseIndex === w.caseIndex && w.from <= current.to + MERGE_GAP_MS) {
      const isCloser = w.minDistance < current.minDistance;
      current = {
        ...(isCloser ? w : current),
        from: current.from,
        to: Math.max(current.to, w.to),
      };
      continue;
    }
    if (current) emit(current);
    current = w;
  }
  if (current) emit(current);
  return overlaps.sort((a, b) => a.from - b.from || (a.caseCode < b.caseCode ? -1 : a.caseCode > b.caseCode ? 1 : 0));
}
