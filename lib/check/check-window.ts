import type { OverlapRule } from '../overlap/rule';
import type { TrajectoryPart } from '../trajectory/types';
import { trajectorySpan } from './check-input';

const DAY_MS = 86_400_000;

/**
 * The time window of case tracks a private check must download: the trajectory's span, reaching back by
 * the rule's tolerance (a case there earlier still counts) and by one gap either side (so a case part that
 * starts or ends just outside is joined as the server would), widened to whole UTC days. Whole days make
 * the request cacheable and say no more than the date of the trip.
 *
 * @example
 * caseTrackWindow(parts, PRESETS['same-place'].rule) // → { from: '2020-03-07T00:00:00.000Z', to: '2020-03-08T00:00:00.000Z' }
 */
export function caseTrackWindow(parts: readonly TrajectoryPart[], rule: OverlapRule): { from: string; to: string } {
  const span = trajectorySpan(parts);
  const toleranceMs = (rule.mode === 'distance' ? rule.toleranceMinutes : 0) * 60_000;
  const gapMs = rule.maxGapMinutes * 60_000;
  const from = Math.floor((span.from - toleranceMs - gapMs) / DAY_MS) * DAY_MS;
  const to = Math.ceil((span.to + gapMs) / DAY_MS) * DAY_MS;
  return { from: new Date(from).toISOString(), to: new Date(Math.max(to, from + DAY_MS)).toISOString() };
}
