import { z } from '@/lib/validation/zod';
import { reason, type FieldReason } from '@/lib/errors/field-reasons';

/** The largest value of a PostgreSQL `integer` (serial ids, counts): one more is a database error, not a 404. */
export const MAX_DATABASE_INT = 2_147_483_647;

/** Whether a value is a whole number 1 … 2³¹−1: a row id or a version the database can compare. */
export function isDatabaseInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_DATABASE_INT;
}

/** Instants the app stores or shows: far wider than any outbreak's data, inside what both databases and `Date` handle. */
export const SANE_INSTANT_RANGE = { from: Date.UTC(1900, 0, 1), to: Date.UTC(2200, 0, 1) } as const;

/** PostgreSQL text cannot hold U+0000: a string with one fails the insert, so it is refused first. */
export const hasNoNul = (text: string): boolean => !text.includes('\u0000');

/**
 * A zod string without NUL characters, trimmed, within `min`…`max` characters.
 *
 * @example
 * boundedText({ max: 100 }).safeParse('Li\u0000') // → failure with reason 'no-nul'
 */
export function boundedText(options: { max: number; min?: number; isTrimmed?: boolean }) {
  const base = z.string().refine(hasNoNul, reason('no-nul'));
  const text = options.isTrimmed === false ? base : base.trim();
  return text.min(options.min ?? 0).max(options.max);
}

/**
 * A zod id of a database row: a whole number 1 … 2³¹−1; a failure names `why` (FIELD_REASONS).
 *
 * @example
 * databaseId().safeParse(2 ** 31).success // → false
 */
export function databaseId(why: FieldReason = 'id') {
  const message = reason(why);
  return z.number({ message }).int(message).min(1, message).max(MAX_DATABASE_INT, message);
}

/** Whether an instant (ms since epoch) is in the range the app handles (years 1900–2199). */
export function isSaneInstant(ms: number): boolean {
  return Number.isFinite(ms) && ms >= SANE_INSTANT_RANGE.from && ms < SANE_INSTANT_RANGE.to;
}

/**
 * The path of the first string holding a NUL character in a parsed JSON value (keys included), or
 * undefined. Iterative, so any depth the parser allowed is safe.
 *
 * @example
 * findNulPath({ visits: [{ place: 'a\u0000' }] }) // → 'visits.0.place'
 */
export function findNulPath(value: unknown): string | undefined {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (!hasNoNul(current)) return path || '(body)';
    } else if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push({ value: item, path: path ? `${path}.${i}` : String(i) }));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        const itemPath = path ? `${path}.${key}` : key;
        if (!hasNoNul(key)) return itemPath;
        stack.push({ value: item, path: itemPath });
      }
    }
  }
  return undefined;
}
