import fs from 'node:fs/promises';
import path from 'node:path';
import { DAY_FILE_NAME } from './plan-day-files';

/** A day file in its three encodings, compressed once when built (never per request). */
export type DayFileBodies = { identity: Buffer; br: Buffer; gzip: Buffer };

/**
 * Reads a day file and its `.br` and `.gz` siblings from the day-file folder; undefined for a name that is
 * not a day file's or a file that is not there.
 *
 * @example
 * await readDayFileFromDisk('.data/case-days', '2022-04-01.3f9a0c1d2e4b5a6c7d8e.bin') // → { identity, br, gzip }
 */
export async function readDayFileFromDisk(dir: string, name: string): Promise<DayFileBodies | undefined> {
  if (!DAY_FILE_NAME.test(name)) return undefined;
  try {
    const [identity, br, gzip] = await Promise.all(['', '.br', '.gz'].map((ext) => fs.readFile(path.join(dir, name + ext))));
    return { identity, br, gzip };
  } catch {
    return undefined;
  }
}
