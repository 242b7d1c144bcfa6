import type { Coverage } from '../check/coverage';

type NoneReason = 'coverageNoneDays' | 'coverageNoneArea' | 'coverageNoneDaysArea' | 'coverageNoneCases';

/** One line of the coverage note: a message key of lib/i18n/messages-check-answer.ts and its values. */
export type CoverageLine =
  | { key: 'coverageNoData' }
  | { key: NoneReason }
  | { key: 'coverageData' | 'coverageDataNoArea'; from: string; to: string }
  | { key: 'coverageTrip'; from: number; to: number }
  | { key: 'coveragePartial'; gaps: ({ key: 'coverageGapBefore'; from: string } | { key: 'coverageGapAfter'; to: string } | { key: 'coverageGapOutside' })[] };

/**
 * What the page says about coverage, in order: why nothing could be compared (none: the trip's days, its area,
 * or no case in its time) or which part was not compared (partial), which days and area the data covers, and
 * the trip's own span (so the resident sees the two side by side). Nothing for `covered` beyond the data's span.
 *
 * @example
 * coverageLines({ status: 'none', dataFrom: null, ... }, tripSpan) // → [{ key: 'coverageNoData' }, { key: 'coverageTrip', ... }]
 */
export function coverageLines(coverage: Coverage, trip: { from: number; to: number }): CoverageLine[] {
  const lines: CoverageLine[] = [];
  const { dataFrom, dataTo } = coverage;
  if (coverage.status === 'none' && dataFrom && dataTo) lines.push({ key: noneReason(coverage.gaps) });
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

/** Why a trip got `none` while data exists: its days, its area, both, or no case track in its time. */
function noneReason(gaps: Coverage['gaps']): NoneReason {
  const isDays = gaps.isBeforeData || gaps.isAfterData;
  if (isDays && gaps.isOutsideArea) return 'coverageNoneDaysArea';
  if (isDays) return 'coverageNoneDays';
  return gaps.isOutsideArea ? 'coverageNoneArea' : 'coverageNoneCases';
}
