import { z } from '@/lib/validation/zod';
import type { MapFilter } from '@/lib/db/queries/map-filter';
import type { ErrorCode } from '@/lib/errors/catalogue';
import type { Problem } from '@/lib/errors/problem';
import { isSaneInstant } from '@/lib/validation/bounded-input';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Date.parse rolls 2020-02-31 over to 2 March; a calendar check refuses it. */
function isCalendarDate(iso: string): boolean {
  const [, y, m, d, hh, mm] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso) ?? [];
  const daysInMonth = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  return Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= daysInMonth && Number(hh) < 24 && Number(mm) < 60;
}

/** A check's message is the code of its refusal. */
const atParam = z
  .string()
  .regex(ISO_WITH_OFFSET, 'query.instant-invalid')
  .refine(isCalendarDate, 'query.instant-not-real')
  .transform((s) => new Date(s))
  .refine((d) => !Number.isNaN(d.getTime()), 'query.instant-not-real')
  // Year 9999 at -05:00 is year 10000 in Shanghai, which the database's date functions refuse.
  .refine((d) => isSaneInstant(d.getTime()), 'request.date-out-of-range');

const bboxParam = z
  .string()
  .transform((s) => s.split(',').map((part) => (part.trim() === '' ? NaN : Number(part))))
  .refine((n) => n.length === 4 && n.every(Number.isFinite), 'query.bbox-shape')
  .refine(([minLon, minLat, maxLon, maxLat]) => [minLon, maxLon].every((x) => x >= -180 && x <= 180) && [minLat, maxLat].every((y) => y >= -90 && y <= 90), 'query.bbox-range')
  .refine(([minLon, minLat, maxLon, maxLat]) => minLon < maxLon && minLat < maxLat, 'query.bbox-order')
  .transform((n) => n as [number, number, number, number]);

const KNOWN = ['at', 'bbox'];

/** A refused parameter: the code its check names, with the parameter (also as `field` for date ranges). */
const refused = (code: string, parameter: string): { problem: Problem } => ({ problem: { code: code as ErrorCode, params: { parameter, field: parameter }, field: parameter } });

/**
 * Validates the read endpoints' query (`at`, `bbox`); a refusal is a coded problem naming the parameter (400).
 *
 * @example
 * parseMapQuery(new URLSearchParams('bbox=126.8,37.4,127.1,37.7')) // → { filter: { bbox: [126.8, 37.4, 127.1, 37.7] } }
 * parseMapQuery(new URLSearchParams('zoom=3')) // → { problem: { code: 'query.parameter-unknown', params: { parameter: 'zoom', known: 'at, bbox' }, … } }
 */
export function parseMapQuery(params: URLSearchParams, known: readonly string[] = KNOWN): { filter: MapFilter } | { problem: Problem } {
  for (const key of params.keys()) {
    if (!known.includes(key)) return { problem: { code: 'query.parameter-unknown', params: { parameter: key, known: known.join(', ') }, field: key } };
    if (params.getAll(key).length > 1) return refused('query.parameter-repeated', key);
  }
  const filter: MapFilter = {};
  const at = params.get('at');
  if (at !== null) {
    const parsed = atParam.safeParse(at);
    if (!parsed.success) return refused(parsed.error.issues[0].message, 'at');
    filter.at = parsed.data;
  }
  const bbox = params.get('bbox');
  if (bbox !== null) {
    const parsed = bboxParam.safeParse(bbox);
    if (!parsed.success) return refused(parsed.error.issues[0].message, 'bbox');
    filter.bbox = parsed.data;
  }
  return { filter };
}
