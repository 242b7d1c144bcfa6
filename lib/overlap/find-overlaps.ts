import type { TrajectoryPart } from '../trajectory/types';
import { searchCaseIndex, type CaseIndex } from './build-case-index';
import { findCompanionOverlaps } from './companion';
import { paddingDegrees } from './local-projection';
import { forEachPiece } from '../trajectory/parts-to-pieces';
import { solvePieceWindows } from './piece-windows';
import { createPlanarPiece, positionAt, projectPiecePair, type GeoPiece } from './project-piece-pair';
import { resolveRule, type DistanceRule, type OverlapRule, type RuleInput } from './rule';
import type { Overlap } from './types';
import type { WorkMeter } from './work-budget';

/**
 * Options of a check: a work meter bounds it (see work-budget.ts); without one it runs to the end. `onProgress`
 * hears the fraction of the resident's trajectory scanned so far (0–1), often: a caller throttles it.
 */
export type FindOverlapsOptions = { meter?: WorkMeter; onProgress?: (fraction: number) => void };

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
  options: FindOverlapsOptions = {},
): Overlap[] {
  const resolved = resolveRule(rule);
  if (resolved.mode === 'companion') return findCompanionOverlaps(resident, index, resolved, options);
  const pieces = residentPieces(resident, resolved.maxGapMinutes * 60_000);
  return mergeDistanceWindows(
    collectDistanceWindows(pieces, index, resolved, options),
    pieces,
    index,
    resolved.minOverlapMinutes * 60_000,
  );
}

/**
 * Exposure windows on (resident piece, case piece) pairs, column-wise (one entry per window) so that a check
 * with many windows (T = 4 h finds ~10⁵) allocates a few arrays, not 10⁵ objects. Windows of a case that
 * touch the previous one are extended in place as they arrive (the resident is scanned in time order).
 */
export type RawWindows = {
  count: number;
  caseIndex: number[];
  casePiece: number[];
  from: number[];
  to: number[];
  minDistance: number[];
  atTime: number[];
  residentPiece: number[];
};

/** The resident's pieces, column-wise. */
export type ResidentPieces = {
  count: number;
  t0: number[];
  t1: number[];
  lng0: number[];
  lat0: number[];
  lng1: number[];
  lat1: number[];
};

/** Resident pieces searched together: one index query for up to this many consecutive pieces. */
const CHUNK_PIECES = 16;
/** A chunk also stops growing past this extent (degrees, ~500 m), so a fast trip does not make a huge query box. */
const CHUNK_MAX_DEGREES = 0.005;

/**
 * Splits the resident's parts into pieces, column-wise.
 *
 * @example
 * residentPieces(parts, 30 * 60_000).count // → 19_999
 */
export function residentPieces(resident: readonly TrajectoryPart[], maxGapMs: number): ResidentPieces {
  const pieces: ResidentPieces = { count: 0, t0: [], t1: [], lng0: [], lat0: [], lng1: [], lat1: [] };
  forEachPiece(resident, maxGapMs, (t0, t1, lng0, lat0, lng1, lat1) => {
    pieces.t0.push(t0);
    pieces.t1.push(t1);
    pieces.lng0.push(lng0);
    pieces.lat0.push(lat0);
    pieces.lng1.push(lng1);
    pieces.lat1.push(lat1);
    pieces.count++;
  });
  return pieces;
}

/**
 * Every exposure window on every (resident piece, case piece) pair found through the index.
 *
 * @example
 * collectDistanceWindows(residentPieces(parts, 30 * 60_000), index, DEFAULT_RULE).count // → 3
 */
export function collectDistanceWindows(
  resident: ResidentPieces,
  index: CaseIndex,
  rule: DistanceRule,
  options: FindOverlapsOptions = {},
): RawWindows {
  const { meter } = options;
  const distance = rule.distanceMeters;
  const toleranceMs = rule.toleranceMinutes * 60_000;
  const searchMeters = distance * SEARCH_PAD_RELATIVE + SEARCH_PAD_METERS;
  const { pieces } = index;
  const residentPlanar = createPlanarPiece();
  const casePlanar = createPlanarPiece();
  const geo: GeoPiece = { t0: 0, t1: 0, lng0: 0, lat0: 0, lng1: 0, lat1: 0 };
  const hits: number[] = [];
  const found: number[] = [];
  const out: RawWindows = {
    count: 0,
    caseIndex: [],
    casePiece: [],
    from: [],
    to: [],
    minDistance: [],
    atTime: [],
    residentPiece: [],
  };
  const openWindow = new Int32Array(index.caseCodes.length).fill(-1);
  const r = resident;
  // Per resident piece: its search box (padded by D), reused for the per-candidate prefilter.
  const boxes = new Float64Array(4 * r.count);
  for (let k = 0; k < r.count; k++) {
    const { dLng, dLat } = paddingDegrees(searchMeters, Math.max(Math.abs(r.lat0[k]), Math.abs(r.lat1[k])));
    boxes[4 * k] = Math.min(r.lng0[k], r.lng1[k]) - dLng;
    boxes[4 * k + 1] = Math.min(r.lat0[k], r.lat1[k]) - dLat;
    boxes[4 * k + 2] = Math.max(r.lng0[k], r.lng1[k]) + dLng;
    boxes[4 * k + 3] = Math.max(r.lat0[k], r.lat1[k]) + dLat;
  }

  for (let start = 0; start < r.count;) {
    // Grow a chunk of consecutive pieces while it stays small in space.
    let minLng = boxes[4 * start];
    let minLat = boxes[4 * start + 1];
    let maxLng = boxes[4 * start + 2];
    let maxLat = boxes[4 * start + 3];
    let from = r.t0[start];
    let to = r.t1[start];
    let end = start + 1;
    while (end < r.count && end - start < CHUNK_PIECES) {
      const nMinLng = Math.min(minLng, boxes[4 * end]);
      const nMinLat = Math.min(minLat, boxes[4 * end + 1]);
      const nMaxLng = Math.max(maxLng, boxes[4 * end + 2]);
      const nMaxLat = Math.max(maxLat, boxes[4 * end + 3]);
      if (nMaxLng - nMinLng > CHUNK_MAX_DEGREES || nMaxLat - nMinLat > CHUNK_MAX_DEGREES) break;
      minLng = nMinLng;
      minLat = nMinLat;
      maxLng = nMaxLng;
      maxLat = nMaxLat;
      from = Math.min(from, r.t0[end]);
      to = Math.max(to, r.t1[end]);
      end++;
    }
    hits.length = 0;
    searchCaseIndex(index, [minLng, minLat, maxLng, maxLat], from - toleranceMs, to, hits);
    options.onProgress?.(end / r.count);

    for (let k = start; k < end && hits.length > 0; k++) {
      meter?.addPairs(hits.length);
      const rt0 = r.t0[k];
      const rt1 = r.t1[k];
      const bMinLng = boxes[4 * k];
      const bMinLat = boxes[4 * k + 1];
      const bMaxLng = boxes[4 * k + 2];
      const bMaxLat = boxes[4 * k + 3];
      let isGeoSet = false;
      for (let h = 0; h < hits.length; h++) {
        const i = hits[h];
        if (pieces.t0[i] > rt1 || pieces.t1[i] + toleranceMs < rt0) continue;
        const clng0 = pieces.lng0[i];
        const clng1 = pieces.lng1[i];
        if ((clng0 < bMinLng && clng1 < bMinLng) || (clng0 > bMaxLng && clng1 > bMaxLng)) continue;
        const clat0 = pieces.lat0[i];
        const clat1 = pieces.lat1[i];
        if ((clat0 < bMinLat && clat1 < bMinLat) || (clat0 > bMaxLat && clat1 > bMaxLat)) continue;
        if (!isGeoSet) {
          geo.t0 = rt0;
          geo.t1 = rt1;
          geo.lng0 = r.lng0[k];
          geo.lat0 = r.lat0[k];
          geo.lng1 = r.lng1[k];
          geo.lat1 = r.lat1[k];
          isGeoSet = true;
        }
        projectPiecePair(geo, pieces, i, residentPlanar, casePlanar);
        found.length = 0;
        solvePieceWindows(residentPlanar, casePlanar, distance, toleranceMs, found);
        for (let f = 0; f < found.length; f += 4) {
          addWindow(out, openWindow, pieces.caseOf[i], i, k, found[f], found[f + 1], found[f + 2], found[f + 3]);
        }
      }
    }
    start = end;
  }
  return out;
}

function addWindow(
  out: RawWindows,
  openWindow: Int32Array,
  caseIndex: number,
  casePiece: number,
  residentPiece: number,
  from: number,
  to: number,
  minDistance: number,
  atTime: number,
): void {
  const open = openWindow[caseIndex];
  if (open >= 0 && from >= out.from[open] && from <= out.to[open] + MERGE_GAP_MS) {
    if (to > out.to[open]) out.to[open] = to;
    if (minDistance < out.minDistance[open]) {
      out.minDistance[open] = minDistance;
      out.atTime[open] = atTime;
      out.casePiece[open] = casePiece;
      out.residentPiece[open] = residentPiece;
    }
    return;
  }
  const n = out.count++;
  out.caseIndex.push(caseIndex);
  out.casePiece.push(casePiece);
  out.from.push(from);
  out.to.push(to);
  out.minDistance.push(minDistance);
  out.atTime.push(atTime);
  out.residentPiece.push(residentPiece);
  if (open < 0 || from >= out.from[open]) openWindow[caseIndex] = n;
}

/**
 * Merges raw windows per case into maximal windows (touching or overlapping ones join), keeps those lasting
 * at least `minOverlapMs`, and sorts them by start then case code.
 *
 * @example
 * mergeDistanceWindows(collectDistanceWindows(pieces, index, rule), pieces, index, 15 * 60_000)
 */
export function mergeDistanceWindows(
  windows: RawWindows,
  resident: ResidentPieces,
  index: CaseIndex,
  minOverlapMs: number,
): Overlap[] {
  const { caseIndex, from, to, minDistance } = windows;
  const order = Array.from({ length: windows.count }, (_, k) => k).sort(
    (a, b) => caseIndex[a] - caseIndex[b] || from[a] - from[b],
  );
  const overlaps: Overlap[] = [];
  let k = 0;
  while (k < order.length) {
    const first = order[k];
    const c = caseIndex[first];
    const start = from[first];
    let end = to[first];
    let best = first;
    k++;
    while (k < order.length && caseIndex[order[k]] === c && from[order[k]] <= end + MERGE_GAP_MS) {
      const w = order[k];
      if (to[w] > end) end = to[w];
      if (minDistance[w] < minDistance[best]) best = w;
      k++;
    }
    if (end - start < minOverlapMs) continue;
    const rp = windows.residentPiece[best];
    const placeId = index.pieces.placeOf[windows.casePiece[best]];
    overlaps.push({
      caseCode: index.caseCodes[c],
      from: start,
      to: end,
      minutes: (end - start) / 60_000,
      minDistanceMeters: minDistance[best],
      closest: positionAt(
        {
          t0: resident.t0[rp],
          t1: resident.t1[rp],
          lng0: resident.lng0[rp],
          lat0: resident.lat0[rp],
          lng1: resident.lng1[rp],
          lat1: resident.lat1[rp],
        },
        windows.atTime[best],
      ),
      ...(placeId >= 0 ? { place: index.places[placeId] } : {}),
    });
  }
  return overlaps.sort((a, b) => a.from - b.from || (a.caseCode < b.caseCode ? -1 : a.caseCode > b.caseCode ? 1 : 0));
}
