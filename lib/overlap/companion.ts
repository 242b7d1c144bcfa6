import type { LngLat, TrajectoryPart } from '../trajectory/types';
import { searchCaseIndex, type CaseIndex } from './build-case-index';
import { cellReachMeters, pieceCellSpans, type CellSpan } from './cell-spans';
import { paddingDegrees } from './local-projection';
import { forEachPiece } from './parts-to-pieces';
import { closestApproach } from './piece-windows';
import { createPlanarPiece, positionAt, projectPiecePair, type GeoPiece } from './project-piece-pair';
import type { CompanionRule } from './rule';
import type { Overlap } from './types';

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
export function findCompanionOverlaps(resident: readonly TrajectoryPart[], index: CaseIndex, rule: CompanionRule): Overlap[] {
  const stretches = collectCoPresence(resident, index, rule);
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

/**
 * Every stretch in which the resident shared a cell with a case piece, unmerged. Candidates come from the
 * index with a search radius of cellReachMeters (no farther pair can share a cell); pairs whose closest
 * approach exceeds it are dropped before any H3 call, and each case piece's cell spans are computed once.
 *
 * @example
 * collectCoPresence(residentParts, index, PRESETS.companion.rule as CompanionRule).length // → 12
 */
export function collectCoPresence(resident: readonly TrajectoryPart[], index: CaseIndex, rule: CompanionRule): CoPresence[] {
  const reach = cellReachMeters(rule.h3Resolution);
  const { pieces } = index;
  const residentPlanar = createPlanarPiece();
  const casePlanar = createPlanarPiece();
  const caseSpans = new Map<number, CellSpan[]>();
  const hits: number[] = [];
  const out: CoPresence[] = [];

  forEachPiece(resident, rule.maxGapMinutes * 60_000, (t0, t1, lng0, lat0, lng1, lat1) => {
    const geo: GeoPiece = { t0, t1, lng0, lat0, lng1, lat1 };
    const { dLng, dLat } = paddingDegrees(reach, Math.max(Math.abs(lat0), Math.abs(lat1)));
    hits.length = 0;
    searchCaseIndex(
      index,
      [Math.min(lng0, lng1) - dLng, Math.min(lat0, lat1) - dLat, Math.max(lng0, lng1) + dLng, Math.max(lat0, lat1) + dLat],
      t0,
      t1,
      hits,
    );
    let residentSpans: CellSpan[] | undefined;
    for (const i of hits) {
      projectPiecePair(geo, pieces, i, residentPlanar, casePlanar);
      const approach = closestApproach(residentPlanar, casePlanar);
      if (!approach || approach.distance > reach) continue;
      residentSpans ??= pieceCellSpans(geo, rule.h3Resolution, rule.densifyMeters);
      let spans = caseSpans.get(i);
      if (!spans) {
        spans = pieceCellSpans(casePieceAt(index, i), rule.h3Resolution, rule.densifyMeters);
        caseSpans.set(i, spans);
      }
      // Both span lists are sorted and contiguous in time: a two-pointer sweep meets each pair once.
      let a = 0;
      let b = 0;
      while (a < residentSpans.length && b < spans.length) {
        const rs = residentSpans[a];
        const cs = spans[b];
        const from = Math.max(rs.from, cs.from);
        const to = Math.min(rs.to, cs.to);
        if (from <= to && rs.cell === cs.cell) {
          const closest = closestApproach(residentPlanar, casePlanar, from, to);
          if (closest) {
            out.push({
              caseIndex: pieces.caseOf[i],
              casePiece: i,
              cell: rs.cell,
              from,
              to,
              minDistance: closest.distance,
              closest: positionAt(geo, closest.atTime),
            });
          }
        }
        if (rs.to < cs.to) a++;
        else b++;
      }
    }
  });
  return out;
}

function casePieceAt(index: CaseIndex, i: number): GeoPiece {
  const p = index.pieces;
  return { t0: p.t0[i], t1: p.t1[i], lng0: p.lng0[i], lat0: p.lat0[i], lng1: p.lng1[i], lat1: p.lat1[i] };
}
