/**
 * The exact part of the engine: given one resident piece and one case piece in local planar metres, the
 * time windows during which the resident is exposed, solved in closed form (no sampling).
 *
 * A piece is linear in time: the position at t ∈ [t0, t1] is p0 + (t − t0)·(p1 − p0)/(t1 − t0). A stay is a
 * piece with p0 = p1; a lone timed point is a stay with t0 = t1.
 */

/** A linear piece in local metres: at (x0, y0) at t0, moving linearly to (x1, y1) at t1 (t0 ≤ t1, epoch ms). */
export type PlanarPiece = { t0: number; t1: number; x0: number; y0: number; x1: number; y1: number };

/** A closed exposure window [from, to] on one pair of pieces, and where in it the two came closest. */
export type PieceWindow = { from: number; to: number; minDistance: number; atTime: number };

/**
 * Added to D before comparing: "exactly D apart counts as exposed" must survive the last-bit rounding of
 * projecting and interpolating (1 µm is far below GPS precision and far above double rounding at city scale).
 */
export const DISTANCE_EPSILON_METERS = 1e-6;

/**
 * Appends to `out` the windows in which `resident` is exposed to `casePiece`: at time t, some position the
 * case occupied at a time t' ∈ [t − toleranceMs, t] lies within `distanceMeters` of the resident's position
 * at t. Windows from different sub-conditions may overlap; the caller merges them.
 *
 * T = 0: the relative position is linear in t, so |d(t)|² ≤ D² is one quadratic inequality.
 * T > 0: the case positions occupied during [max(t0, t − T), min(t1, t)] are a sub-segment E1(t)E2(t) of the
 * piece whose endpoints move linearly in t between the breakpoints t0 + T and t1; the resident is within D of
 * that segment iff it is within D of E1 or of E2 (two quadratics) or its perpendicular distance to the line is
 * ≤ D while its projection lies between E1 and E2 (four linear inequalities).
 *
 * @example
 * const still = { t0: 0, t1: 60_000, x0: 0, y0: 0, x1: 0, y1: 0 };
 * const passer = { t0: 0, t1: 60_000, x0: -300, y0: 40, x1: 300, y1: 40 };
 * pieceWindows(passer, still, 50, 0) // → [{ from: ≈27_000, to: ≈33_000, minDistance: 40, atTime: 30_000 }]
 */
export function pieceWindows(
  resident: PlanarPiece,
  casePiece: PlanarPiece,
  distanceMeters: number,
  toleranceMs: number,
  out: PieceWindow[] = [],
): PieceWindow[] {
  const flat: number[] = [];
  solvePieceWindows(resident, casePiece, distanceMeters, toleranceMs, flat);
  for (let k = 0; k < flat.length; k += 4)
    out.push({ from: flat[k], to: flat[k + 1], minDistance: flat[k + 2], atTime: flat[k + 3] });
  return out;
}

/**
 * pieceWindows for the inner loop: appends each window as four numbers (from, to, minDistance, atTime) to
 * `sink` and allocates nothing else, so a check with millions of candidate pairs leaves no garbage.
 *
 * @example
 * const sink: number[] = [];
 * solvePieceWindows(passer, still, 50, 0, sink) // sink → [27000, 33000, 40, 30000] (≈)
 */
export function solvePieceWindows(
  resident: PlanarPiece,
  casePiece: PlanarPiece,
  distanceMeters: number,
  toleranceMs: number,
  sink: number[],
): void {
  const r = resident;
  const c = casePiece;
  const from = Math.max(r.t0, c.t0);
  const to = Math.min(r.t1, c.t1 + toleranceMs);
  if (!(from <= to)) return;
  const reach = distanceMeters + DISTANCE_EPSILON_METERS;

  const rdt = r.t1 - r.t0;
  const rvx = rdt > 0 ? (r.x1 - r.x0) / rdt : 0;
  const rvy = rdt > 0 ? (r.y1 - r.y0) / rdt : 0;
  const cdt = c.t1 - c.t0;
  const isCaseStill = cdt <= 0 || (c.x0 === c.x1 && c.y0 === c.y1);
  const cvx = isCaseStill ? 0 : (c.x1 - c.x0) / cdt;
  const cvy = isCaseStill ? 0 : (c.y1 - c.y0) / cdt;
  const px = r.x0 + rvx * (from - r.t0);
  const py = r.y0 + rvy * (from - r.t0);

  if (isCaseStill) {
    // One point over [t0, t1 + T]: a stay is risky until T after it ends.
    movingPointWindow(from, to, px - c.x0, py - c.y0, rvx, rvy, reach, sink);
    return;
  }
  if (toleranceMs === 0) {
    // Both at their simultaneous positions: relative motion is linear.
    const qx = c.x0 + cvx * (from - c.t0);
    const qy = c.y0 + cvy * (from - c.t0);
    movingPointWindow(from, to, px - qx, py - qy, rvx - cvx, rvy - cvy, reach, sink);
    return;
  }

  // T > 0 on a moving case piece: split [from, to] where lo(t) = max(t0, t − T) and hi(t) = min(t1, t)
  // change formula, so that on each sub-interval both ends of the occupied sub-segment are linear in t.
  const b1 = c.t0 + toleranceMs;
  const b2 = c.t1;
  // At most two cuts inside (from, to), kept in locals rather than an array: this runs per candidate pair.
  const lowCut = Math.min(b1, b2);
  const highCut = Math.max(b1, b2);
  let cut1 = to;
  let cut2 = to;
  if (lowCut > from && lowCut < to) cut1 = lowCut;
  if (highCut > from && highCut < to && highCut !== lowCut) {
    if (cut1 === to) cut1 = highCut;
    else cut2 = highCut;
  }
  const cutCount = from === to ? 1 : 1 + (cut1 < to ? 1 : 0) + (cut2 < to ? 1 : 0);

  const length = Math.hypot(c.x1 - c.x0, c.y1 - c.y0);
  const ex = (c.x1 - c.x0) / length;
  const ey = (c.y1 - c.y0) / length;
  const speed = length / cdt;

  for (let k = 0; k < cutCount; k++) {
    const u0 = k === 0 ? from : k === 1 ? cut1 : cut2;
    const u1 = k + 1 === cutCount ? to : k === 0 ? cut1 : cut2;
    if (u1 === u0 && from !== to) continue;
    const mid = (u0 + u1) / 2;
    const isLoMoving = mid > b1; // lo(t) = t − T, else t0
    const isHiMoving = mid < b2; // hi(t) = t, else t1
    const rx = r.x0 + rvx * (u0 - r.t0);
    const ry = r.y0 + rvy * (u0 - r.t0);

    // Ends of the occupied sub-segment at u0, and their velocities.
    const s1 = isLoMoving ? u0 - toleranceMs : c.t0;
    const s2 = isHiMoving ? u0 : c.t1;
    const e1x = c.x0 + cvx * (s1 - c.t0);
    const e1y = c.y0 + cvy * (s1 - c.t0);
    const e2x = c.x0 + cvx * (s2 - c.t0);
    const e2y = c.y0 + cvy * (s2 - c.t0);
    movingPointWindow(u0, u1, rx - e1x, ry - e1y, rvx - (isLoMoving ? cvx : 0), rvy - (isLoMoving ? cvy : 0), reach, sink);
    movingPointWindow(u0, u1, rx - e2x, ry - e2y, rvx - (isHiMoving ? cvx : 0), rvy - (isHiMoving ? cvy : 0), reach, sink);

    // Between the ends: σ = along-line coordinate from the piece start, h = signed perpendicular distance.
    const wx = rx - c.x0;
    const wy = ry - c.y0;
    const sigma0 = ex * wx + ey * wy;
    const sigma1 = ex * rvx + ey * rvy;
    const h0 = ex * wy - ey * wx;
    const h1 = ex * rvy - ey * rvx;
    const lo0 = (s1 - c.t0) * speed;
    const lo1 = isLoMoving ? speed : 0;
    const hi0 = (s2 - c.t0) * speed;
    const hi1 = isHiMoving ? speed : 0;
    // σ(τ) ≥ lo(τ) and hi(τ) ≥ σ(τ)
    clipNonNegative(sigma0 - lo0, sigma1 - lo1, 0, u1 - u0);
    clipNonNegative(hi0 - sigma0, hi1 - sigma1, clipLo, clipHi);
    const jLo = clipLo;
    const jHi = clipHi;
    if (jLo > jHi) continue;
    // Closest |h| on J: zero where h changes sign, else at an end of J.
    const hAtLo = h0 + h1 * jLo;
    const hAtHi = h0 + h1 * jHi;
    let tauMin: number;
    let hMin: number;
    if ((hAtLo <= 0 && hAtHi >= 0) || (hAtLo >= 0 && hAtHi <= 0)) {
      tauMin = h1 === 0 ? jLo : Math.min(jHi, Math.max(jLo, -h0 / h1));
      hMin = 0;
    } else if (Math.abs(hAtLo) <= Math.abs(hAtHi)) {
      tauMin = jLo;
      hMin = Math.abs(hAtLo);
    } else {
      tauMin = jHi;
      hMin = Math.abs(hAtHi);
    }
    if (hMin > reach) continue;
    // |h(τ)| ≤ reach, kept around τmin so rounding cannot empty a window we know is not empty.
    clipNonNegative(reach - h0, -h1, jLo, jHi);
    clipNonNegative(reach + h0, h1, clipLo, clipHi);
    sink.push(u0 + Math.min(clipLo, tauMin), u0 + Math.max(clipHi, tauMin), hMin, u0 + tauMin);
  }
}

/**
 * Smallest distance between two pieces while both exist within [from, to] (T = 0), and when it happens.
 * Returns undefined when they never coexist in that interval.
 *
 * @example
 * closestApproach({ t0: 0, t1: 10, x0: 0, y0: 5, x1: 10, y1: 5 }, { t0: 0, t1: 10, x0: 5, y0: 0, x1: 5, y1: 0 })
 * // → { distance: 5, atTime: 5 }
 */
export function closestApproach(
  resident: PlanarPiece,
  casePiece: PlanarPiece,
  from = -Infinity,
  to = Infinity,
): { distance: number; atTime: number } | undefined {
  const lo = Math.max(from, resident.t0, casePiece.t0);
  const hi = Math.min(to, resident.t1, casePiece.t1);
  if (!(lo <= hi)) return undefined;
  const [ax, ay, bx, by] = relativeMotion(resident, casePiece, lo);
  const a = bx * bx + by * by;
  const tau = a > 0 ? Math.min(hi - lo, Math.max(0, -(ax * bx + ay * by) / a)) : 0;
  return { distance: Math.hypot(ax + bx * tau, ay + by * tau), atTime: lo + tau };
}

/** Relative position (resident − case) at time t and its velocity, for two pieces with T = 0. */
function relativeMotion(r: PlanarPiece, c: PlanarPiece, t: number): [number, number, number, number] {
  const rdt = r.t1 - r.t0;
  const cdt = c.t1 - c.t0;
  const rvx = rdt > 0 ? (r.x1 - r.x0) / rdt : 0;
  const rvy = rdt > 0 ? (r.y1 - r.y0) / rdt : 0;
  const cvx = cdt > 0 ? (c.x1 - c.x0) / cdt : 0;
  const cvy = cdt > 0 ? (c.y1 - c.y0) / cdt : 0;
  return [
    r.x0 + rvx * (t - r.t0) - (c.x0 + cvx * (t - c.t0)),
    r.y0 + rvy * (t - r.t0) - (c.y0 + cvy * (t - c.t0)),
    rvx - cvx,
    rvy - cvy,
  ];
}

/**
 * Window of |A + B·τ| ≤ reach for τ ∈ [0, u1 − u0], pushed as absolute times. The roots use the
 * cancellation-free discriminant a·reach² − (A×B)² and the stable form q/a, c/q, so near-parallel motion
 * (a → 0) and tangency (exactly D at closest approach) are solved without loss.
 */
function movingPointWindow(
  u0: number,
  u1: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  reach: number,
  sink: number[],
): void {
  const span = u1 - u0;
  const a = bx * bx + by * by;
  if (a === 0) {
    const distance = Math.hypot(ax, ay);
    if (distance <= reach) sink.push(u0, u1, distance, u0);
    return;
  }
  const beta = ax * bx + ay * by;
  const tauMin = Math.min(span, Math.max(0, -beta / a));
  const dx = ax + bx * tauMin;
  const dy = ay + by * tauMin;
  const minDistance = Math.hypot(dx, dy);
  if (minDistance > reach) return;
  const cross = ax * by - ay * bx;
  const sq = Math.sqrt(Math.max(0, a * reach * reach - cross * cross));
  const q = -(beta + (beta >= 0 ? sq : -sq));
  let lo = tauMin;
  let hi = tauMin;
  if (q !== 0) {
    const rootA = q / a;
    const rootB = (ax * ax + ay * ay - reach * reach) / q;
    lo = Math.min(rootA, rootB);
    hi = Math.max(rootA, rootB);
  }
  // The closest point is known to be inside; keeping it inside guards against rounding in the roots.
  lo = Math.min(Math.max(lo, 0), tauMin);
  hi = Math.max(Math.min(hi, span), tauMin);
  sink.push(u0 + lo, u0 + hi, minDistance, u0 + tauMin);
}

let clipLo = 0;
let clipHi = 0;

/** Sets [clipLo, clipHi] = [lo, hi] ∩ {τ : g0 + g1·τ ≥ 0} (empty: clipLo > clipHi), without allocating. */
function clipNonNegative(g0: number, g1: number, lo: number, hi: number): void {
  clipLo = lo;
  clipHi = hi;
  if (g1 === 0) {
    if (g0 < 0) {
      clipLo = Infinity;
      clipHi = -Infinity;
    }
    return;
  }
  const root = -g0 / g1;
  if (g1 > 0) clipLo = Math.max(lo, root);
  else clipHi = Math.min(hi, root);
}
