import type { LngLat } from '../trajectory/types';
import type { CasePieces } from './build-case-index';
import { METERS_PER_DEGREE } from './local-projection';
import type { PlanarPiece } from './piece-windows';

/** A piece in degrees: (lng0, lat0) at t0 moving linearly to (lng1, lat1) at t1. */
export type GeoPiece = { t0: number; t1: number; lng0: number; lat0: number; lng1: number; lat1: number };

/**
 * Projects a resident piece and case piece `i` into the same local equirectangular frame (origin at the
 * resident piece's start, scale true at the mean latitude of the four endpoints), writing into the two
 * scratch pieces so the inner loop allocates nothing. One Math.cos per pair; no Turf in the loop.
 *
 * @example
 * projectPiecePair(residentPiece, index.pieces, 42, residentScratch, caseScratch);
 * pieceWindows(residentScratch, caseScratch, 50, 0);
 */
export function projectPiecePair(
  resident: GeoPiece,
  pieces: CasePieces,
  i: number,
  residentOut: PlanarPiece,
  caseOut: PlanarPiece,
): void {
  const clat0 = pieces.lat0[i];
  const clat1 = pieces.lat1[i];
  const referenceLatitude = (resident.lat0 + resident.lat1 + clat0 + clat1) / 4;
  const kx = METERS_PER_DEGREE * Math.cos((referenceLatitude * Math.PI) / 180);
  const ky = METERS_PER_DEGREE;
  const lngOrigin = resident.lng0;
  const latOrigin = resident.lat0;
  residentOut.t0 = resident.t0;
  residentOut.t1 = resident.t1;
  residentOut.x0 = 0;
  residentOut.y0 = 0;
  residentOut.x1 = (resident.lng1 - lngOrigin) * kx;
  residentOut.y1 = (resident.lat1 - latOrigin) * ky;
  caseOut.t0 = pieces.t0[i];
  caseOut.t1 = pieces.t1[i];
  caseOut.x0 = (pieces.lng0[i] - lngOrigin) * kx;
  caseOut.y0 = (clat0 - latOrigin) * ky;
  caseOut.x1 = (pieces.lng1[i] - lngOrigin) * kx;
  caseOut.y1 = (clat1 - latOrigin) * ky;
}

/**
 * The position on a piece at time t (clamped to the piece), interpolated linearly in degrees like the
 * engine's planar frame.
 *
 * @example
 * positionAt({ t0: 0, t1: 10, lng0: 0, lat0: 0, lng1: 1, lat1: 0 }, 5) // → [0.5, 0]
 */
export function positionAt(piece: GeoPiece, t: number): LngLat {
  const span = piece.t1 - piece.t0;
  const f = span > 0 ? Math.min(1, Math.max(0, (t - piece.t0) / span)) : 0;
  return [piece.lng0 + (piece.lng1 - piece.lng0) * f, piece.lat0 + (piece.lat1 - piece.lat0) * f];
}

/**
 * A fresh scratch piece for projectPiecePair.
 *
 * @example
 * const residentScratch = createPlanarPiece(); // { t0: 0, t1: 0, x0: 0, y0: 0, x1: 0, y1: 0 }
 */
export function createPlanarPiece(): PlanarPiece {
  return { t0: 0, t1: 0, x0: 0, y0: 0, x1: 0, y1: 0 };
}
