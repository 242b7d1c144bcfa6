import type { OverlapRule } from '../overlap/rule';
import type { TrajectoryPart } from '../trajectory/types';

/** `[minLng, minLat, maxLng, maxLat]` in EPSG:4326. */
export type LngLatBox = [minLng: number, minLat: number, maxLng: number, maxLat: number];

/**
 * What the published data covers, computed on the server (lib/db/queries/coverage-basis.ts) and sent to the
 * browser with the case tracks, so the private check judges coverage by the same rule as the server.
 */
export type CoverageBasis = {
  /** Published case tracks in all. */
  caseCount: number;
  /** The earliest start and latest end of any published case track (ISO), or null with no published case. */
  dataFrom: string | null;
  dataTo: string | null;
  /** The published data's area: the communities' extent, or the case tracks' where there are no communities. */
  area: LngLatBox | null;
  areaSource: 'communities' | 'case-tracks' | null;
};

export type CoverageStatus = 'covered' | 'partial' | 'none';

/** Which part of the trajectory the published data did not cover (any may be set with `partial` or `none`). */
export type CoverageGaps = {
  /** Some of the trajectory is earlier than the first published case track. */
  isBeforeData: boolean;
  /** Some of the trajectory is later than the last published case track (plus the rule's tolerance). */
  isAfterData: boolean;
  /** Some (or all) of the trajectory is outside the data's area. */
  isOutsideArea: boolean;
};

/** What a check compared: `status` as defined in issue 15, with the days and area the data covers. */
export type Coverage = {
  status: CoverageStatus;
  /** Published case tracks whose time meets the trajectory's span widened by the rule's tolerance. */
  casesCompared: number;
  dataFrom: string | null;
  dataTo: string | null;
  area: LngLatBox | null;
  gaps: CoverageGaps;
};

/** A case track's time span, epoch ms. */
export type TimeSpan = readonly [from: number, to: number];

/** Case tracks' spans for counting at city scale: their starts and their ends, each ascending. */
export type SortedSpans = { starts: Float64Array; ends: Float64Array };

/**
 * The spans sorted for `countSpansMeeting` (done once per snapshot, not per check).
 *
 * @example
 * sortSpans([[5, 9], [1, 3]]) // → { starts: Float64Array [1, 5], ends: Float64Array [3, 9] }
 */
export function sortSpans(spans: Iterable<TimeSpan>): SortedSpans {
  const list = [...spans];
  return { starts: Float64Array.from(list, (s) => s[0]).sort(), ends: Float64Array.from(list, (s) => s[1]).sort() };
}

/** Index of the first value in ascending `values` that is > `x` (or ≥ `x` when `isStrict` is false). */
function firstAbove(values: Float64Array, x: number, isStrict: boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isStrict ? values[mid] <= x : values[mid] < x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * How many spans meet the closed interval [from, to]: all, less those starting after `to` and those ending
 * before `from` (no span can do both, as a span's start is not after its end). Two binary searches: a check
 * at 10,000 tracks no longer walks every span.
 *
 * @example
 * countSpansMeeting(sortSpans([[1, 3], [5, 9], [10, 12]]), 3, 5) // → 2
 */
export function countSpansMeeting(spans: SortedSpans, from: number, to: number): number {
  const startingAfter = spans.starts.length - firstAbove(spans.starts, to, true);
  const endingBefore = firstAbove(spans.ends, from, false);
  return spans.starts.length - startingAfter - endingBefore;
}

const METRES_PER_DEGREE = 111_320;

/** The rule's look-back: distance mode matches a case up to `toleranceMinutes` earlier; companion mode none. */
export function toleranceMs(rule: OverlapRule): number {
  return rule.mode === 'distance' ? rule.toleranceMinutes * 60_000 : 0;
}

/** How far from the area a resident can still meet a case inside it. Companion cells are ~0.53 km across. */
function reachMeters(rule: OverlapRule): number {
  return rule.mode === 'distance' ? rule.distanceMeters : 600;
}

function spanOf(parts: readonly TrajectoryPart[]): TimeSpan {
  let from = Infinity;
  let to = -Infinity;
  for (const part of parts) {
    const [a, b] = part.kind === 'stay' ? [part.start, part.end] : [part.times[0], part.times[part.times.length - 1]];
    if (a < from) from = a;
    if (b > to) to = b;
  }
  return [from, to];
}

/** The area widened by `meters` on every side (degrees of longitude shrink with latitude). */
function widen(area: LngLatBox, meters: number): LngLatBox {
  const dLat = meters / METRES_PER_DEGREE;
  const maxAbsLat = Math.min(89, Math.max(Math.abs(area[1]), Math.abs(area[3])));
  const dLng = meters / (METRES_PER_DEGREE * Math.cos((maxAbsLat * Math.PI) / 180));
  return [area[0] - dLng, area[1] - dLat, area[2] + dLng, area[3] + dLat];
}

/** How many of the trajectory's positions lie in `box`, and whether its own box meets `box` at all. */
function placeInArea(parts: readonly TrajectoryPart[], box: LngLatBox): { inside: number; total: number; isBoxMet: boolean } {
  let inside = 0;
  let total = 0;
  const own: LngLatBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = ([lng, lat]: readonly [number, number]) => {
    total += 1;
    if (lng >= box[0] && lng <= box[2] && lat >= box[1] && lat <= box[3]) inside += 1;
    own[0] = Math.min(own[0], lng);
    own[1] = Math.min(own[1], lat);
    own[2] = Math.max(own[2], lng);
    own[3] = Math.max(own[3], lat);
  };
  for (const part of parts) {
    if (part.kind === 'stay') visit(part.lngLat);
    else part.lngLats.forEach(visit);
  }
  const isBoxMet = own[0] <= box[2] && own[2] >= box[0] && own[1] <= box[3] && own[3] >= box[1];
  return { inside, total, isBoxMet };
}

/**
 * Whether the published data could have answered this check (issue 15's rule). `none` when no case track lies
 * in the trajectory's time span widened back by the rule's tolerance, or the trajectory lies wholly outside the
 * data's dates or area; `partial` when part of its time falls outside [dataFrom, dataTo + tolerance] or some of
 * its positions lie outside the area (widened by the rule's reach, since a resident just outside can still meet
 * a case just inside); `covered` otherwise. Closed intervals: a trajectory ending on the data's first instant
 * touches the data and is `partial`, not `none`. Does not mutate its inputs.
 *
 * @example
 * computeCoverage(parts, { basis, caseSpans: [[Date.parse('2020-03-07T01:00Z'), Date.parse('2020-03-07T03:00Z')]] }, rule)
 * // → { status: 'covered', casesCompared: 1, dataFrom: '2020-03-01T00:00:00.000Z', dataTo: '2020-03-10T00:00:00.000Z', area: [...], gaps: {...} }
 */
export function computeCoverage(
  parts: readonly TrajectoryPart[],
  data: { basis: CoverageBasis; caseSpans: Iterable<TimeSpan> | SortedSpans },
  rule: OverlapRule,
): Coverage {
  const { basis } = data;
  const [from, to] = spanOf(parts);
  const tolerance = toleranceMs(rule);
  const spans = 'starts' in data.caseSpans ? data.caseSpans : sortSpans(data.caseSpans);
  const casesCompared = countSpansMeeting(spans, from - tolerance, to);

  const dataFrom = basis.dataFrom === null ? NaN : Date.parse(basis.dataFrom);
  const coveredTo = basis.dataTo === null ? NaN : Date.parse(basis.dataTo) + tolerance;
  const hasTime = Number.isFinite(dataFrom) && Number.isFinite(coveredTo);
  const isBeforeData = !hasTime || from < dataFrom;
  const isAfterData = !hasTime || to > coveredTo;
  const isTimeDisjoint = !hasTime || to < dataFrom || from > coveredTo;

  const place = basis.area ? placeInArea(parts, widen(basis.area, reachMeters(rule))) : null;
  const isOutsideArea = !place || place.inside < place.total;
  const isAreaDisjoint = !place || (place.inside === 0 && !place.isBoxMet);

  const gaps = { isBeforeData, isAfterData, isOutsideArea };
  const status: CoverageStatus =
    casesCompared === 0 || isTimeDisjoint || isAreaDisjoint ? 'none' : isBeforeData || isAfterData || isOutsideArea ? 'partial' : 'covered';
  return { status, casesCompared, dataFrom: basis.dataFrom, dataTo: basis.dataTo, area: basis.area, gaps };
}

/**
 * Each case track's first and last instant, for `computeCoverage`.
 *
 * @example
 * caseTrackSpans([{ caseCode: 'C-1', parts: [{ kind: 'stay', lngLat: [0, 0], start: 5, end: 9 }] }]) // → [[5, 9]]
 */
export function caseTrackSpans(tracks: readonly { parts: readonly TrajectoryPart[] }[]): TimeSpan[] {
  return tracks.filter((track) => track.parts.length > 0).map((track) => spanOf(track.parts));
}
