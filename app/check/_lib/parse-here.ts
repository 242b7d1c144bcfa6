import type { FeatureCollection } from 'geojson';
import { CHECK_LIMITS, readCheckTrajectory, trajectorySpan } from '@/lib/check/check-input';
import { displayTrack } from '@/lib/check/display-track';
import { decodeTextFile } from '@/lib/parse/decode-text-file';
import type { ParseWarning, SkippedRecords } from '@/lib/parse/types';
import type { TrajectoryPart } from '@/lib/trajectory/types';

export type ParsedUpload = {
  parts: TrajectoryPart[];
  /** The trajectory simplified for the map (lib/check/display-track.ts): never used for the check. */
  display: FeatureCollection;
  /** First and last instant (epoch ms). */
  span: { from: number; to: number };
  pointCount: number;
  droppedPoints: number;
  /** Unreadable records left out of a file whose rest was usable. */
  skippedRecords?: SkippedRecords;
  assumedTimeZone?: string;
  warnings: ParseWarning[];
};

/**
 * The browser reads long files whole: a year of location history is parsed, then the page offers its last
 * 14 days rather than refusing it (the check's own span and point limits apply to what is checked).
 */
export const UPLOAD_LIMITS = { ...CHECK_LIMITS, maxSpanDays: Infinity, maxPoints: 1_000_000 };

/**
 * Reads a file in chunks, reporting the fraction read (a large upload shows progress), then decodes it by
 * its BOM like every other file reader (UTF-16 from Notepad, GBK from Excel: lib/parse/decode-text-file.ts).
 * Runs in the parse worker, so decoding 15 MB does not hold the page.
 */
export async function readBlobText(blob: Blob, onProgress: (fraction: number) => void): Promise<string> {
  const reader = blob.stream().getReader();
  const bytes = new Uint8Array(blob.size);
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.set(value, loaded);
    loaded += value.byteLength;
    onProgress(blob.size ? loaded / blob.size : 1);
  }
  return decodeTextFile(bytes.subarray(0, loaded)).text;
}

/** Parses on this thread (the worker calls it; the page falls back to it). */
export function parseHere(text: string, fileName: string, timeZone: string): ParsedUpload {
  const parsed = readCheckTrajectory({ kind: 'file', text, fileName }, { timeZone, limits: UPLOAD_LIMITS });
  return {
    parts: parsed.parts,
    display: displayTrack(parsed.parts),
    span: trajectorySpan(parsed.parts),
    pointCount: parsed.pointCount,
    droppedPoints: parsed.droppedPoints ?? 0,
    warnings: parsed.warnings,
    ...(parsed.skippedRecords ? { skippedRecords: parsed.skippedRecords } : {}),
    ...(parsed.assumedTimeZone ? { assumedTimeZone: parsed.assumedTimeZone } : {}),
  };
}
