import { z } from '@/lib/validation/zod';
import type { MapFilter } from '@/lib/db/queries/map-filter';
import { isSaneInstant } from '@/lib/validation/bounded-input';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Date.parse rolls 2020-02-31 over to 2 March; a calendar check refuses it. */
function isCalendarDate(iso: string): boolean {
  const [, y, m, d, hh, mm] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso) ?? [];
  const daysInMonth = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  return Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= daysInMonth && Number(hh) < 24 && Number(mm) < 60;
}

const atParam = z
  .string()
  .regex(ISO_WITH_OFFSET, 'must be an ISO 8601 instant with an offset, e.g. 2020-03-10T12:00:00+09:00')
  .refine(isCalendarDate, 'is not a real date')
  .transform((s) => new Date(s))
  .refine((d) => !Number.isNaN(d.getTime()), 'is not a real date')
  // Year 9999 at -05:00 is year 10000 in Shanghai, which the database's date functions refuse.
  .refine((d) => isSaneInstant(d.getTime()), 'is out of range: use a time in the years 1900–2199');

const bboxParam = z
  .string()
  .transform((s) => s.split(',').map((part) => (part.trim() === '' ? NaN : Number(part))))
  .refine((n) => n.length === 4 && n.every(Number.isFinite), 'must be four numbers: minLon,minLat,maxLon,maxLat')
  .refine(([minLon, minLat, maxLon, maxLat]) => [minLon, maxLon].every((x) => x >= -180 && x <= 180) && [minLat, maxLat].every((y) => y >= -90 && y <= 90), 'is out of range (lon −180…180, lat −90…90)')
  .refine(([minLon, minLat, maxLon, maxLat]) => minLon < maxLon && minLat < maxLat, 'must have min < max for both lon and lat')
  .transform((n) => n as [number, number, number, number]);

const KNOWN = new Set(['at', 'bbox']);

/**
 * Validates the read endpoints' query (`at`, `bbox`); the error names the parameter at fault.
 *
 * @example
 * parseMapQuery(new URLSearchParams('bbox=126.8,37.4,127.1,37.7')) // → { filter: { bbox: [126.8, 37.4, 127.1, 37.7] } }
 */
export function parseMapQuery(params: URLSearchParams): { filter: MapFilter } | { error: string } {
  for (const key of params.keys()) {
    if (!KNOWN.has(key)) return { error: `Unknown parameter "${key}": use at and/or bbox` };
    if (params.getAll(key).length > 1) return { error: `Parameter "${key}" is given more than once` };
  }
  const filter: MapFilter = {};
  const at = params.get('at');
  if (at !== null) {
    const parsed = atParam.safeParse(at);
    if (!parsed.success) return { error: `Parameter "at" ${parsed.error.issues[0].message}` };
    filter.at = parsed.data;
  }
  const bbox = params.get('bbox');
  if (bbox !== null) {
    const parsed = bboxParam.safeParse(bbox);
    if (!parsed.success) return { error: `Parameter "bbox" ${parsed.error.issues[0].message}` };
    filter.bbox = parsed.data;
  }
  return { filter };
}
