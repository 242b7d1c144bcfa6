import type { ZoneKind } from '../enums';
import type { CoverageStatus } from './coverage';

/** What the resident said about one overlap: it was them, it was not (a wrong GPS fix, a drive-by), or nothing yet. */
export type OverlapFeedback = 'me' | 'not-me';

/** Whether the case was there at the same time as the resident, or had left before the resident came. */
export type OverlapTiming = 'same-time' | 'after-case';

/** One piece of advice, shown as a message keyed by this code. Order matters: most urgent first. */
export type AdviceCode =
  | 'stay-home-sealed'
  | 'stay-in-compound'
  | 'report-zone'
  | 'report'
  | 'test'
  | 'after-case'
  | 'watch-health'
  | 'confirm-each'
  | 'all-dismissed'
  | 'no-overlap'
  | 'no-overlap-partial'
  | 'no-data';

export type AdviceInput = {
  /** One entry per overlap found: the resident's feedback on it, if any, and its timing. */
  overlaps: readonly { feedback?: OverlapFeedback; timing?: OverlapTiming }[];
  /** The zone kinds the resident's places fell in while the zones were in force. */
  zoneKinds: readonly ZoneKind[];
  /** Whether the published data covered the trajectory (lib/check/coverage.ts); `covered` when omitted. */
  coverage?: CoverageStatus;
};

/**
 * What the resident should do next, most urgent first, following the 2022 community rules: anyone in a
 * sealed zone stays home; in a controlled zone stays in the compound; a visit to either is reported to the
 * community; an overlap nobody has dismissed means report and get a nucleic-acid test. Overlaps marked
 * "that wasn't me" stop counting. "Nothing to report" is said only when the data covered the whole trip and no
 * sealed or controlled zone was entered: with no data for the trip it says so instead.
 *
 * @example
 * adviceFor({ overlaps: [{ feedback: 'me' }], zoneKinds: [] }) // → ['report', 'test', 'watch-health']
 * adviceFor({ overlaps: [], zoneKinds: [], coverage: 'none' }) // → ['no-data']
 */
export function adviceFor(input: AdviceInput): AdviceCode[] {
  const advice: AdviceCode[] = [];
  const isInRiskZone = input.zoneKinds.includes('sealed') || input.zoneKinds.includes('controlled');
  if (input.zoneKinds.includes('sealed')) advice.push('stay-home-sealed');
  else if (input.zoneKinds.includes('controlled')) advice.push('stay-in-compound');
  const counting = input.overlaps.filter((o) => o.feedback !== 'not-me');
  if (counting.length > 0) {
    advice.push('report', 'test');
    // Being where a case had been hours earlier is a lesser exposure than sharing the place with them.
    if (counting.every((o) => o.timing === 'after-case')) advice.push('after-case');
    advice.push('watch-health');
    // Unconfirmed overlaps may be a GPS glitch: asking helps the resident and the community's follow-up.
    if (counting.some((o) => o.feedback === undefined)) advice.push('confirm-each');
    return advice;
  }
  if (isInRiskZone) advice.push('report-zone');
  if (input.overlaps.length > 0) {
    if (!isInRiskZone) advice.push('all-dismissed');
  } else if (input.coverage === 'none') advice.push('no-data');
  else if (input.coverage === 'partial') advice.push('no-overlap-partial');
  else if (!isInRiskZone) advice.push('no-overlap');
  return advice;
}

/**
 * The key under which feedback on one overlap is kept in the browser: case and start minute, so a re-check
 * with another rule that finds the same encounter keeps the answer.
 *
 * @example
 * feedbackKey({ caseCode: 'C-009', from: '2020-03-07T01:39:50.000Z' }) // → 'C-009|2020-03-07T01:39'
 */
export function feedbackKey(overlap: { caseCode: string; from: string }): string {
  return `${overlap.caseCode}|${overlap.from.slice(0, 16)}`;
}
