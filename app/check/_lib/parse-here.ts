import { CHECK_LIMITS, readCheckTrajectory } from '@/lib/check/check-input';
import type { SkippedRecords } from '@/lib/parse/types';
import type { TrajectoryPart } from '@/lib/trajectory/types';

export type ParsedUpload = {
  parts: TrajectoryPart[];
  pointCount: number;
  droppedPoints: number;
  /** Unreadable records left out of a file whose rest was usable. */
  skippedRecords?: SkippedRecords;
  assumedTimeZone?: string;
  warnings: string[];
};

/**
 * The browser reads long files whole: a year of location history is parsed, then the page offers its last
 * 14 days rather than refusing it (the check's own span and point limits apply to what is checked).
 */
export const UPLOAD_LIMITS = { ...CHECK_LIMITS, maxSpanDays: Infinity, maxPoints: 1_000_000 };

/** Parses on this thread (the worker calls it; the page falls back to it). */
export function parseHere(text: string, fileName: string, timeZone: string): ParsedUpload {
  const parsed = readCheckTrajectory({ kind: 'file', text, fileName }, { timeZone, limits: UPLOAD_LIMITS });
  return {
    parts: parsed.parts,
    pointCount: parsed.pointCount,
    droppedPoints: parsed.droppedPoints ?? 0,
    warnings: parsed.warnings,
    ...(parsed.skippedRecords ? { skippedRecords: parsed.skippedRecords } : {}),
    ...(parsed.assumedTimeZone ? { assumedTimeZone: parsed.assumedTimeZone } : {}),
  };
}
