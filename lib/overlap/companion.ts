import type { LngLat, TrajectoryPart } from '../trajectory/types';
import { searchCaseIndex, type CaseIndex } from './build-case-index';
import { cellToBoundary } from 'h3-js';
import { pieceCellSpans, type CellSpan } from './cell-spans';
import { forEachPiece } from '../trajectory/parts-to-pieces';
import { closestApproach } from './piece-windows';
import { createPlanarPiece, positionAt, projectPiecePair, type GeoPiece } from './project-piece-pair';
import type { CompanionRule } from './rule';
import type { Overlap } from './types';
import type { WorkMeter } from './work-budget';

type FindOverlapsOptions = { meter?: WorkMeter; onProgress?: (fraction: number) => void };
import { planarDistanceMeters } from './local-projection';

/** A stretch of time during which the resident and one case piece were in the same cell. */
export type CoPresence = {
  caseIndex: number;
  casePiece: number;
  cell: string;
  from: number;
  to: number;
  minDistance: number;
  closest: LngLat;
};

/**
 * Companion-mode overlaps (时空伴随): the resident and a case in the same H3 cell at the same time. Co-present
 * stretches of one case closer than `joinGapMinutes` form one overlap, whose co-present minutes (the union,
 * counted once) must exceed `minCompanionMinutes`. `from`/`to` span the overlap; `minutes` is the co-present
 * total. Cells are fixed by position, so unlike the distance mode two people 10 m apart across a cell edge
 * are not companions and two people 900 m apart inside one cell are — that is the rule as published.
 *
 * @example
 * findCompanionOverlaps(residentParts, index, PRESETS.companion.rule as CompanionRule)
 * // → [{ caseCode: 'C-3', from: …, to: …, minutes: 42, minDistanceMeters: 180, closest: [126.98, 37.56], cell: '8830e1d8c3fffff' }]
 */
export function findCompanionOverlaps(
  resident: readonly TrajectoryPart[],
  index: CaseIndex,
  rule: CompanionRule,
  options: FindOverlapsOptions = {},
): Overlap[] {
  const stretches = collectCoPresence(resident, index, rule, options);
  const byCase = new Map<number, CoPresence[]>();
  for (const s of stretches) {
    const list = byCase.get(s.caseIndex);
    if (list) list.push(s);
    else byCase.set(s.caseIndex, [s]);
  }
  const joinGapMs = rule.joinGapMinutes * 60_000;
  const minMs = rule.minCompanionMinutes * 60_000;
  const overlaps: Overlap[] = [];
  for (const [caseIndex, list] of byCase) {
    list.sort((a, b) => a.from - b.from);
    let group: { from: number; to: number; total: number; closest: CoPresence } | undefined;
    const emit = () => {
      if (!group || !(group.total > minMs)) return;
      const placeId = index.pieces.placeOf[group.closest.casePiece];
      overlaps.push({
        caseCode: index.caseCodes[caseIndex],
        from: group.from,
        to: group.to,
        minutes: group.total / 60_000,
        minDistanceMeters: group.closest.minDistance,
        closest: group.closest.closest,
        ...(placeId >= 0 ? { place: index.places[placeId] } : {}),
        cell: group.closest.cell,
      });
    };
    for (const s of list) {
      if (group && s.from <= group.to + joinGapMs) {
        // Count the union once (stretches are sorted by start; adjacent pieces share instants).
        if (s.to > group.to) {
          group.total += s.to - Math.max(s.from, group.to);
          group.to = s.to;
        }
        if (s.minDistance < group.closest.minDistance) group.closest = s;
        continue;
      }
      emit();
      group = { from: s.from, to: s.to, total: s.to - s.from, closest: s };
    }
    emit();
  }
  return overlaps.sort((a, b) => a.from - b.from || (a.caseCode < b.caseCode ? -1 : a.caseCode > b.caseCode ? 1 : 0));
}

/** A stretch of the resident's trajectory inside one cell, made of consecutive pieces (contiguous in time). */
type CellRun = { cell: string; from: number; to: number; pieces: number[] };

/** Cell boxes are padded by ~10 m: H3 edges are straight in the gnomonic plane, not in lng/lat. */
const CELL_BOX_PAD_DEGREES = 1e-4;

/**
 * Every stretch in which the resident shared a cell with a case piece, unmerged. The resident's trajectory
 * is first cut into runs of time spent in one cell; each run costs one index search over that cell's box
 * (a resident at home for ten hours is one search), and a candidate case piece's own cell spans are computed
 * once per check, only if it is in the box while the run lasts.
 *
 * @example
 * collectCoPresence(residentParts, index, PRESETS.companion.rule as CompanionRule).length // → 12
 */
export function collectCoPresence(
  resident: readonly TrajectoryPart[],
  index: CaseIndex,
  rule: CompanionRule,
  options: FindOverlapsOptions = {},
): CoPresence[] {
  const { meter } = options;
  // Counted before tracing: a piece is charged its look-ups before they are made.
  const countCells = (geo: GeoPiece) => meter?.addCells(cellSamples(geo, rule.densifyMeters));
  const { pieces } = index;
  const residentGeo: GeoPiece[] = [];
  const runs: CellRun[] = [];
  forEachPiece(resident, rule.maxGapMinutes * 60_000, (t0, t1, lng0, lat0, lng1, lat1) => {
    residentGeo.push({ t0, t1, lng0, lat0, lng1, lat1 });
  });
  // The whole resident side first, so a trajectory jumping between cities is refused before any look-up.
  for (const geo of residentGeo) countCells(geo);
  for (let k = 0; k < residentGeo.length; k++) {
    const geo = residentGeo[k];
    for (const span of pieceCellSpans(geo, rule.h3Resolution, rule.densifyMeters)) {
      const last = runs[runs.length - 1];
      // Only a span that continues the run (parts may overlap or come out of order) extends it.
      if (last && last.cell === span.cell && span.from >= last.from && span.from <= last.to) {
        last.to = Math.max(last.to, span.to);
        if (last.pieces[last.pieces.length - 1] !== k) last.pieces.push(k);
      } else runs.push({ cell: span.cell, from: span.from, to: span.to, pieces: [k] });
    }
  }

  const boxes = new Map<string, [number, number, number, number]>();
  const caseSpans = new Map<number, CellSpan[]>();
  const residentPlanar = createPlanarPiece();
  const casePlanar = createPlanarPiece();
  const hits: number[] = [];
  const out: CoPresence[] = [];
  for (const [r, run] of runs.entries()) {
    options.onProgress?.(r / runs.length);
    let box = boxes.get(run.cell);
    if (!box) {
      box = cellBox(run.cell);
      boxes.set(run.cell, box);
    }
    hits.length = 0;
    searchCaseIndex(index, box, run.from, run.to, hits);
    meter?.addPairs(hits.length);
    for (const i of hits) {
      let spans = caseSpans.get(i);
      if (!spans) {
        countCells(casePieceAt(index, i));
        spans = pieceCellSpans(casePieceAt(index, i), rule.h3Resolution, rule.densifyMeters);
        caseSpans.set(i, spans);
      }
      for (const span of spans) {
        if (span.cell !== run.cell) continue;
        const from = Math.max(span.from, run.from);
        const to = Math.min(span.to, run.to);
        if (from > to) continue;
        // Closest approach over the co-present stretch, piece by piece of the resident.
        let best: { distance: number; atTime: number; piece: number } | undefined;
        for (const k of run.pieces) {
          const geo = residentGeo[k];
          projectPiecePair(geo, pieces, i, residentPlanar, casePlanar);
          const approach = closestApproach(residentPlanar, casePlanar, from, to);
          if (approach && (!best || approach.distance < best.distance)) best = { ...approach, piece: k };
        }
        if (!best) continue;
        out.push({
          caseIndex: pieces.caseOf[i],
          casePiece: i,
          cell: run.cell,
          from,
          to,
          minDistance: best.distance,
          closest: positionAt(residentGeo[best.piece], best.atTime),
        });
      }
    }
  }
  return out;
}

/** The cell look-ups pieceCellSpans makes along a piece before refining crossings (one per densify step). */
function cellSamples(geo: GeoPiece, densifyMeters: number): number {
  return 1 + Math.ceil(planarDistanceMeters([geo.lng0, geo.lat0], [geo.lng1, geo.lat1]) / densifyMeters);
}

function cellBox(cell: string): [number, number, number, number] {
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  for (const [lat, lng] of cellToBoundary(cell)) {
    minLng = Math.min(minLng, lng);
    maxLng = Math.max(maxLng, lng);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  return [
    minLng - CELL_BOX_PAD_DEGREES,
    minLat - CELL_BOX_PAD_DEGREES,
    maxLng + CELL_BOX_PAD_DEGREES,
    maxLat + CELL_BOX_PAD_DEGREES,
  ];
}

function casePieceAt(index: CaseIndex, i: number): GeoPiece {
  const p = index.pieces;
  return { t0: p.t0[i], t1: p.t1[i], lng0: p.lng0[i], lat0: p.lat0[i], lng1: p.lng1[i], lat1: p.lat1[i] };
}
