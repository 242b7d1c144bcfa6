import fs from 'node:fs';
import { settings } from '@/lib/env';

/**
 * Reads an injected clock file's content: an ISO 8601 instant with an offset, or blank for "the real
 * time". Anything else is an error naming the file, so a test cannot silently run on the wrong day.
 *
 * @example
 * parseClockText('2020-04-01T10:00:00+09:00', 'clock') // → Date('2020-04-01T01:00:00Z')
 * parseClockText('  \n', 'clock') // → null
 */
export function parseClockText(text: string, fileName: string): Date | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(trimmed) || Number.isNaN(Date.parse(trimmed))) {
    throw new Error(`${fileName}: the injected clock must be an ISO instant with an offset, e.g. 2020-04-01T10:00:00+09:00`);
  }
  return new Date(trimmed);
}

/** The instant from a clock file, or null when the file is missing or blank. */
export function readClockFile(file: string): Date | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return parseClockText(text, file);
}

/**
 * The app's "now": the system time, unless the operator set `GRIDWATCH_CLOCK_FILE` (only the e2e server
 * script does) and that file holds an instant. Read on every call so a test can move time while the
 * server runs. Everything whose answer depends on the day (community status, round dates, the
 * briefing's default day) asks here instead of `new Date()`.
 *
 * @example
 * now() // → the current Date, or the instant in $GRIDWATCH_CLOCK_FILE
 */
export function now(options: { clockFile?: string } = {}): Date {
  const file = options.clockFile ?? settings.clockFile;
  return (file ? readClockFile(file) : null) ?? new Date();
}
