import type { ZoneKind } from '../geo/zone-visits';

/** What the resident said about one overlap: it was them, it was not (a wrong GPS fix, a drive-by), or nothing yet. */
export type OverlapFeedback = 'me' | 'not-me';

/** One piece of advice, shown as a message keyed by this code. Order matters: most urgent first. */
export type AdviceCode = 'stay-home-sealed' | 'stay-in-compound' | 'report' | 'test' | 'watch-health' | 'confirm-each' | 'all-dismissed' | 'no-overlap';

export type AdviceInput = {
  /** One entry per overlap found: the resident's feedback on it, if any. */
  overlaps: readonly { feedback?: OverlapFeedback }[];
  /** The zone kinds the resident's places fell in while the zones were in force. */
  zoneKinds: readonly ZoneKind[];
};

/**
 * What the resident should do next, most urgent first, following the 2022 community rules: anyone in a
 * sealed zone stays home; in a controlled zone stays in the compound; an overlap nobody has dismissed means
 * report to the community and get a nucleic-acid test. Overlaps marked "that wasn't me" stop counting.
 *
 * @example
 * adviceFor({ overlaps: [{ feedback: 'me' }], zoneKinds: [] }) // → ['report', 'test', 'watch-health']
 * adviceFor({ overlaps: [{ feedback: 'not-me' }], zoneKinds: [] }) // → ['all-dismissed']
 */
export function adviceFor(input: AdviceInput): AdviceCode[] {
  const advice: AdviceCode[] = [];
  if (input.zoneKinds.includes('sealed')) advice.push('stay-home-sealed');
  else if (input.zoneKinds.includes('controlled')) advice.push('stay-in-compound');
  const counting = input.overlaps.filter((o) => o.feedback !== 'not-me');
  if (input.overlaps.length === 0) advice.push('no-overlap');
  else if (counting.length === 0) advice.push('all-dismissed');
  else {
    advice.push('report', 'test', 'watch-health');
    // Unconfirmed overlaps may be a GPS glitch: asking helps the resident and the community's follow-up.
    if (counting.some((o) => o.feedback === undefined)) advice.push('confirm-each');
  }
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
