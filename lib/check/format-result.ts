import type { Overlap } from '@/lib/overlap/types';

/** One overlap as the API reports it: ISO times, minutes and metres rounded for people. */
export type OverlapReport = {
  caseCode: string;
  from: string;
  to: string;
  minutes: number;
  minDistanceMeters: number;
  closest: [number, number];
  place: string | null;
};

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Formats engine overlaps for the API, earliest first.
 *
 * @example
 * formatOverlaps([{ caseCode: 'C-1', from: 0, to: 900_000, minutes: 15, minDistanceMeters: 12.345, closest: [126.9, 37.5] }])
 * // → [{ caseCode: 'C-1', from: '1970-01-01T00:00:00.000Z', to: '1970-01-01T00:15:00.000Z', minutes: 15, minDistanceMeters: 12.3, closest: [126.9, 37.5], place: null }]
 */
export function formatOverlaps(overlaps: readonly Overlap[]): OverlapReport[] {
  return [...overlaps]
    .sort((a, b) => a.from - b.from || a.caseCode.localeCompare(b.caseCode))
    .map((o) => ({
      caseCode: o.caseCode,
      from: new Date(Math.floor(o.from)).toISOString(),
      to: new Date(Math.ceil(o.to)).toISOString(),
      minutes: round(o.minutes, 1),
      minDistanceMeters: round(o.minDistanceMeters, 1),
      closest: [round(o.closest[0], 6), round(o.closest[1], 6)],
      place: o.place ?? null,
    }));
}

/**
 * The fields of an overlap a report carries (the report API takes exactly these), from a richer answer.
 *
 * @example
 * overlapReportOf({ ...overlap, caseFrom: '…', caseTo: '…', timing: 'after-case' }) // → { caseCode, from, to, minutes, minDistanceMeters, closest, place }
 */
export function overlapReportOf(overlap: OverlapReport): OverlapReport {
  const { caseCode, from, to, minutes, minDistanceMeters, closest, place } = overlap;
  return { caseCode, from, to, minutes, minDistanceMeters, closest, place };
}
