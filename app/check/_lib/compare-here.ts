import { answerCheck, type CheckAnswer, type TrajectoryFacts } from '@/lib/check/check-answer';
import { caseTrackSpans } from '@/lib/check/coverage';
import type { ZoneFeatureCollection } from '@/lib/geo/zone-visits';
import { buildCaseIndex } from '@/lib/overlap/build-case-index';
import { findOverlaps } from '@/lib/overlap/find-overlaps';
import { withCaseTimes } from '@/lib/check/case-time-there';
import type { OverlapRule } from '@/lib/overlap/rule';
import type { CaseTrack, TrajectoryPart } from '@/lib/trajectory/types';
import type { CaseData } from './load-case-tracks';

/** Everything one private comparison needs besides the trajectory. */
export type CompareData = { cases: CaseData; zones: ZoneFeatureCollection; rule: OverlapRule; facts: TrajectoryFacts };

/**
 * The comparison itself: index the downloaded tracks, then the one answer builder the server uses too.
 * `onProgress` hears the fraction of the trajectory compared so far.
 */
export function compareHere(parts: TrajectoryPart[], { cases, zones, rule, facts }: CompareData, onProgress?: (fraction: number) => void): CheckAnswer {
  const index = buildCaseIndex(cases.tracks as CaseTrack[], { maxGapMinutes: rule.maxGapMinutes });
  const overlaps = withCaseTimes(index, findOverlaps(parts, index, rule, { onProgress }), rule);
  return answerCheck(parts, overlaps, { caseSpans: caseTrackSpans(cases.tracks), basis: cases.basis, zones }, rule, facts);
}
