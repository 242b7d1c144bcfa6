import 'server-only';
import type { Db } from '@/lib/db/client';
import type { OverlapRule } from '@/lib/overlap/rule';
import type { TrajectoryPart } from '@/lib/trajectory/types';
import { capOverlaps, type OverlapSummary } from './cap-overlaps';
import { answerOverlaps, answerPlaces, completeAnswer, type CheckAnswer, type TrajectoryFacts } from './check-answer';
import { runEngineCheck } from './check-engine';
import { getCheckSnapshot } from './check-snapshot';

export type CheckOutcome = CheckAnswer & {
  /** Present when the overlaps were more than an answer lists (MAX_LISTED_OVERLAPS). */
  overlapSummary?: OverlapSummary;
  publishedCaseCount: number;
};

/**
 * Checks a resident's trajectory against every published case track (the engine: worker pool or local index)
 * and the zones it entered while they were in force, and says what the published data covered. Reads only;
 * nothing about the resident is stored. Throws the coded 422 check.work-budget-exceeded for a trajectory that
 * would cost more than a check may.
 */
export async function runCheck(db: Db, parts: readonly TrajectoryPart[], rule: OverlapRule, facts: TrajectoryFacts = {}): Promise<CheckOutcome> {
  const snapshot = await getCheckSnapshot(db);
  // In a worker under the work budget (a trajectory over it is refused, 422). Meanwhile this thread finds the
  // zones entered and the coverage, so a check takes the longer of the two rather than their sum.
  const engineRun = runEngineCheck(snapshot.engine, parts, rule);
  const places = answerPlaces(parts, snapshot, rule);
  const answer = completeAnswer(answerOverlaps(await engineRun), places, facts);
  const { overlaps, summary } = capOverlaps(answer.overlaps);
  return { ...answer, overlaps, ...(summary ? { overlapSummary: summary } : {}), publishedCaseCount: snapshot.caseCount };
}
