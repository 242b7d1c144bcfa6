import type { Fix } from '../trajectory/fixes-to-parts';
import type { Stay } from '../trajectory/types';
import { countPoints, quote, type FixRun, type ParseContext } from './parse-context';
import type { CaseClassification, CaseTrackFormat, ParsedCaseTrack, ParsedCaseTracks } from './types';

/** What one row or feature of a case file contributed to its case. */
export type CaseItem = {
  caseCode: string;
  classification?: CaseClassification;
  runs?: FixRun[];
  stays?: Stay[];
  /** Single timed positions (CSV rows, time-stamped Points): all of a case's are joined into one run. */
  fixes?: Fix[];
};

/**
 * Gathers rows/features into one track per case code (in order of first appearance) and assembles each track's
 * parts; a case whose rows disagree on the classification is an error.
 *
 * @example
 * groupCaseTracks('csv', [{ caseCode: 'C1', stays: [stay] }], context) // → { format: 'csv', tracks: [{ caseCode: 'C1', parts: [stay] }], ... }
 */
export function groupCaseTracks(
  format: CaseTrackFormat,
  items: readonly CaseItem[],
  context: ParseContext,
  defaultClassification?: CaseClassification,
): ParsedCaseTracks {
  const byCase = new Map<string, { classification?: CaseClassification; runs: FixRun[]; stays: Stay[]; fixes: Fix[] }>();
  for (const item of items) {
    let entry = byCase.get(item.caseCode);
    if (!entry) {
      entry = { runs: [], stays: [], fixes: [] };
      byCase.set(item.caseCode, entry);
    }
    if (item.classification) {
      if (entry.classification && entry.classification !== item.classification) {
        context.fail('parse.case-two-classifications', { caseCode: quote(item.caseCode), first: entry.classification, second: item.classification });
      }
      entry.classification = item.classification;
    }
    entry.runs.push(...(item.runs ?? []));
    entry.stays.push(...(item.stays ?? []));
    entry.fixes.push(...(item.fixes ?? []));
  }
  if (byCase.size === 0) context.fail('parse.no-case-track');
  const tracks: ParsedCaseTrack[] = [...byCase].map(([caseCode, entry]) => {
    const classification = entry.classification ?? defaultClassification;
    const runs =
      entry.fixes.length > 0
        ? [...entry.runs, { label: [{ kind: 'case' as const, name: caseCode }], fixes: entry.fixes }]
        : entry.runs;
    const parts = context.assemble(runs, entry.stays);
    return classification ? { caseCode, classification, parts } : { caseCode, parts };
  });
  const assumedTimeZone = context.assumedTimeZone();
  return {
    format,
    tracks,
    warnings: context.warnings(),
    pointCount: tracks.reduce((sum, track) => sum + countPoints(track.parts), 0),
    ...(assumedTimeZone ? { assumedTimeZone } : {}),
  };
}
