import { createHash } from 'node:crypto';
import type { CaseTrack } from '../trajectory/types';
import { encodeDayFile } from './day-file-codec';
import { splitTracksByDay } from './split-by-day';
import type { CaseDayEntry } from './types';

/** One encoded day file and its manifest line. */
export type PlannedDayFile = CaseDayEntry & { body: Uint8Array };

/** The content address of a day file: the first 20 hex digits of its SHA-256. */
export const dayFileHash = (body: Uint8Array): string => createHash('sha256').update(body).digest('hex').slice(0, 20);

/** Day file names as the route serves them: `<day>.<hash>.bin`. */
export const DAY_FILE_NAME = /^(\d{4}-\d{2}-\d{2})\.([0-9a-f]{20})\.bin$/;

/**
 * Encodes published case tracks as one day file per local day, each named by its hash. Pure and
 * deterministic: the same tracks give the same files on every instance.
 *
 * @example
 * planDayFiles(tracks, 'Asia/Shanghai')[0] // → { day: '2022-04-01', hash: '3f9a…', file: '2022-04-01.3f9a….bin', bytes: 48_211, … }
 */
export function planDayFiles(tracks: readonly CaseTrack[], timeZone: string): PlannedDayFile[] {
  return splitTracksByDay(tracks, timeZone).map((day) => {
    const body = encodeDayFile(day);
    const hash = dayFileHash(body);
    return {
      day: day.day,
      start: new Date(day.start).toISOString(),
      end: new Date(day.end).toISOString(),
      hash,
      file: `${day.day}.${hash}.bin`,
      bytes: body.byteLength,
      body,
    };
  });
}
