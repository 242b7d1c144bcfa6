import { searchCaseIndex, type CaseIndex } from '../overlap/build-case-index';
import { createLocalProjection, projectLngLat } from '../overlap/local-projection';
import type { OverlapRule } from '../overlap/rule';
import type { Overlap } from '../overlap/types';
import { toleranceMs } from './coverage';

/** H3 resolution-8 cells are ~0.53 km across: a companion overlap's case can be this far from the resident. */
const COMPANION_REACH_METERS = 1_100;

/** Each index's case numbers by code, built once: `indexOf` over 10,000 codes per overlap cost ~0.1 ms each. */
const caseNumbers = new WeakMap<CaseIndex, Map<string, number>>();

function caseNumberOf(index: CaseIndex, caseCode: string): number {
  let byCode = caseNumbers.get(index);
  if (!byCode) {
    byCode = new Map();
    // The first of duplicate codes wins, as indexOf did.
    index.caseCodes.forEach((code, i) => byCode!.has(code) || byCode!.set(code, i));
    caseNumbers.set(index, byCode);
  }
  return byCode.get(caseCode) ?? -1;
}

/** Distance in metres from the origin of a local plane to the segment a–b in it. */
function distanceToSegment(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const k = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + k * dx, ay + k * dy);
}

/**
 * When the case itself was where the resident met it: the time span of the case's pieces within the rule's
 * reach of the resident's closest position, among those alive in [from − tolerance, to]. A stay gives its
 * published start and end; a movement the times of its stretch nearby. Null when no piece is found (the index
 * no longer holds the case). Lets the page show "the case was here 10:00–11:30" beside the resident's time,
 * so an after-case match does not read like a same-time one.
 *
 * @example
 * caseTimeThere(index, { caseCode: 'C-1', from, to, closest: [126.98, 37.56], ... }, PRESETS['after-case'].rule)
 * // → { from: 1583542800000, to: 1583548200000 }
 */
export function caseTimeThere(index: CaseIndex, overlap: Overlap, rule: OverlapRule): { from: number; to: number } | null {
  const caseNumber = caseNumberOf(index, overlap.caseCode);
  if (caseNumber < 0) return null;
  const reach = (rule.mode === 'distance' ? Math.max(rule.distanceMeters, overlap.minDistanceMeters) : COMPANION_REACH_METERS) + 1;
  const [lng, lat] = overlap.closest;
  const projection = createLocalProjection(overlap.closest);
  const dLng = reach / projection.kx;
  const dLat = reach / projection.ky;
  const ids = searchCaseIndex(index, [lng - dLng, lat - dLat, lng + dLng, lat + dLat], overlap.from - toleranceMs(rule), overlap.to);
  const { caseOf, t0, t1, lng0, lat0, lng1, lat1 } = index.pieces;
  let from = Infinity;
  let to = -Infinity;
  for (const i of ids) {
    if (caseOf[i] !== caseNumber) continue;
    const [ax, ay] = projectLngLat(projection, [lng0[i], lat0[i]]);
    const [bx, by] = projectLngLat(projection, [lng1[i], lat1[i]]);
    if (distanceToSegment(ax, ay, bx, by) > reach) continue;
    from = Math.min(from, t0[i]);
    to = Math.max(to, t1[i]);
  }
  return Number.isFinite(from) ? { from, to } : null;
}

/**
 * The overlaps with the case's own time there filled in (`caseFrom`/`caseTo`), computed beside the index that
 * found them (the server's check worker, or the browser). Does not mutate its input.
 *
 * @example
 * withCaseTimes(index, findOverlaps(parts, index, rule), rule)[0].caseFrom // → 1583544600000
 */
export function withCaseTimes(index: CaseIndex, overlaps: readonly Overlap[], rule: OverlapRule): Overlap[] {
  return overlaps.map((overlap) => {
    const there = caseTimeThere(index, overlap, rule);
    return there ? { ...overlap, caseFrom: there.from, caseTo: there.to } : { ...overlap };
  });
}
