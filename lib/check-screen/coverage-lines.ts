import type { Coverage } from '../check/coverage';

/** One line of the coverage note: a message key of lib/i18n/messages-check-answer.ts and its values. */
export type CoverageLine =
  | { key: 'coverageNoData' }
  | { key: 'coverageData' | 'coverageDataNoArea'; from: string; to: string }
  | { key: 'coverageTrip'; from: number; to: number }
  | { key: 'coveragePartial'; gaps: ({ key: 'coverageGapBefore'; from: string } | { key: 'coverageGapAfter'; to: string } | { key: 'coverageGapOutside' })[] };

/**
 * What the page says about coverage, in order: which part was not compared (partial), which days and area the
 * data covers, and the trip's own span (so the resident sees the two side by side). Nothing for `covered`
 * beyond the data's span.
 *
 * @example
 * coverageLines({ status: 'none', dataFrom: null, ... }, tripSpan) // → [{ key: 'coverageNoData' }, { key: 'coverageTrip', ... }]
 */
export function coverageLines(coverage: Coverage, trip: { from: number; to: number }): CoverageLine[] {
  const lines: CoverageLine[] = [];
  const { dataFrom, dataTo } = coverage;
  if (coverage.status === 'partial' && dataFrom && dataTo) {
    const gaps: Extract<CoverageLine, { key: 'coveragePartial' }>['gaps'] = [];
    if (coverage.gaps.isBeforeData) gaps.push({ key: 'coverageGapBefore', from: dataFrom });
    if (coverage.gaps.isAfterData) gaps.push({ key: 'coverageGapAfter', to: dataTo });
    if (coverage.gaps.isOutsideArea) gaps.push({ key: 'coverageGapOutside' });
    if (gaps.length) lines.push({ key: 'coveragePartial', gaps });
  }
  if (!dataFrom || !dataTo) lines.push({ key: 'coverageNoData' });
  else lines.push({ key: coverage.area ? 'coverageData' : 'coverageDataNoArea', from: dataFrom, to: dataTo });
  if (coverage.status !== 'covered') lines.push({ key: 'coverageTrip', ...trip });
  return lines;
}
