import type { CaseTrack, TrajectoryPart } from '../trajectory/types';
import { buildCaseIndex, type CaseIndex } from './build-case-index';
import { findOverlaps } from './find-overlaps';
import { resolveRule, type OverlapRule, type RuleInput } from './rule';
import type { Overlap } from './types';

/**
 * One call for a check: indexes `cases` (splitting them at the rule's maxGapMinutes) unless an index is
 * given, then finds the overlaps. Pass a prebuilt index on a server: building one costs far more than a check.
 *
 * @example
 * checkTrajectory(residentParts, caseTracks, { preset: 'after-case' })
 * // → [{ caseCode: 'C-2', from: …, to: …, minutes: 35, minDistanceMeters: 21.4, closest: [126.98, 37.56] }]
 */
export function checkTrajectory(
  resident: readonly TrajectoryPart[],
  cases: readonly CaseTrack[] | CaseIndex,
  rule?: RuleInput | OverlapRule,
): Overlap[] {
  const resolved = resolveRule(rule);
  const index = isCaseIndex(cases) ? cases : buildCaseIndex(cases, { maxGapMinutes: resolved.maxGapMinutes });
  return findOverlaps(resident, index, resolved);
}

function isCaseIndex(value: readonly CaseTrack[] | CaseIndex): value is CaseIndex {
  return !Array.isArray(value);
}
