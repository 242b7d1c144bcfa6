import 'server-only';
import type { Db } from '@/lib/db/client';
import type { OverlapRule } from '@/lib/overlap/rule';
import type { TrajectoryPart } from '@/lib/trajectory/types';
import { answerCheck, type CheckAnswer, type TrajectoryFacts } from './check-answer';
import { getCheckSnapshot } from './check-snapshot';

export type CheckOutcome = CheckAnswer & { publishedCaseCount: number };

/**
 * Checks a resident's trajectory against every published case track (the in-memory index) and the zones
 * it entered while they were in force, and says what the published data covered. Reads only; nothing about
 * the resident is stored.
 */
export async function runCheck(db: Db, parts: readonly TrajectoryPart[], rule: OverlapRule, facts: TrajectoryFacts = {}): Promise<CheckOutcome> {
  const snapshot = await getCheckSnapshot(db);
  return { ...answerCheck(parts, snapshot, rule, facts), publishedCaseCount: snapshot.caseCount };
}
