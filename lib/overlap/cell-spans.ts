import { latLngToCell } from 'h3-js';
import type { GeoPiece } from './project-piece-pair';
import { planarDistanceMeters } from './local-projection';

/** The H3 cell a piece is in over [from, to] (closed; consecutive spans of a piece touch). */
export type CellSpan = { cell: string; from: number; to: number };

/** Crossing points are refined by bisection until the bracket is this short along the piece. */
const CROSSING_PRECISION_METERS = 0.5;

/**
 * The cells a piece passes through, with their crossing times. A movement is sampled every
 * ≤ `densifyMeters` along its line; where two consecutive samples fall in different cells the crossing is
 * bisected down to 0.5 m (0.4 s at walking pace), discovering any cell in between on the way. The one
 * approximation: a corner of a cell clipped by less than `densifyMeters` of path between two samples in the
 * same cell is missed (at most densifyMeters / speed of presence, 36 s at walking pace for 50 m).
 *
 * @example
 * pieceCellSpans({ t0: 0, t1: 60_000, lng0: 126.98, lat0: 37.56, lng1: 126.98, lat1: 37.56 }, 8, 50)
 * // → [{ cell: '8830e1d8c3fffff', from: 0, to: 60000 }]
 */
export function pieceCellSpans(piece: GeoPiece, resolution: number, densifyMeters: number): CellSpan[] {
  const { t0, t1, lng0, lat0, lng1, lat1 } = piece;
  const startCell = latLngToCell(lat0, lng0, resolution);
  const length = planarDistanceMeters([lng0, lat0], [lng1, lat1]);
  if (length === 0) return [{ cell: startCell, from: t0, to: t1 }];

  const cellAt = (u: number) => latLngToCell(lat0 + (lat1 - lat0) * u, lng0 + (lng1 - lng0) * u, resolution);
  const crossings: { u: number; cell: string }[] = [];
  const refine = (ua: number, ub: number, ca: string, cb: string) => {
    if ((ub - ua) * length <= CROSSING_PRECISION_METERS) {
      crossings.push({ u: (ua + ub) / 2, cell: cb });
      return;
    }
    const um = (ua + ub) / 2;
    const cm = cellAt(um);
    if (cm !== ca) refine(ua, um, ca, cm);
    if (cm !== cb) refine(um, ub, cm, cb);
  };
  const steps = Math.max(1, Math.ceil(length / densifyMeters));
  let previousCell = startCell;
  for (let k = 1; k <= steps; k++) {
    const u = k / steps;
    const cell = k === steps ? latLngToCell(lat1, lng1, resolution) : cellAt(u);
    if (cell !== previousCell) refine((k - 1) / steps, u, previousCell, cell);
    previousCell = cell;
  }

  const spans: CellSpan[] = [];
  let cell = startCell;
  let from = t0;
  for (const crossing of crossings) {
    const at = t0 + (t1 - t0) * crossing.u;
    spans.push({ cell, from, to: at });
    cell = crossing.cell;
    from = at;
  }
  spans.push({ cell, from, to: t1 });
  return spans;
}
