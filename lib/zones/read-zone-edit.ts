import { z } from '@/lib/validation/zod';
import { boundedText, databaseId } from '@/lib/validation/bounded-input';
import { toMultiPolygon } from '@/lib/geo/to-multi-polygon';
import { ZONE_KINDS } from '@/lib/enums';
import type { ZoneInput } from '@/lib/import/read-zones';
import { zodProblem, type Problem } from '@/lib/errors/problem';
import { reason } from '@/lib/errors/field-reasons';

/** An instant from a form or JSON: ISO 8601 with an offset (a datetime-local value is converted by the client). */
const instant = z.iso.datetime({ offset: true, message: reason('instant') }).transform((s) => new Date(s));

const zoneEditSchema = z
  .object({
    kind: z.enum(ZONE_KINDS),
    name: boundedText({ min: 1, max: 200 }),
    effectiveFrom: instant,
    plannedLift: instant.nullish(),
    note: boundedText({ max: 2000 }).nullish(),
    geometry: z.unknown(),
    /** The version the editor read: required to update, absent to create. */
    version: databaseId('version-read').optional(),
  })
  .refine((v) => !v.plannedLift || v.plannedLift > v.effectiveFrom, { message: reason('after-effective'), path: ['plannedLift'] });

export type ZoneEdit = Omit<ZoneInput, 'liftedAt'> & { version?: number };

/**
 * Validates a zone sent by the editor: kind, name, times and a Polygon or MultiPolygon that closes, has
 * at least three corners and does not cross itself. Returns the zone or the coded problem (with its field).
 * Does not mutate its input.
 *
 * @example
 * readZoneEdit({ kind: 'sealed', name: 'Block 3', effectiveFrom: '2022-04-01T00:00:00+08:00', geometry: polygon })
 * // → { zone: { kind: 'sealed', name: 'Block 3', geom: { type: 'MultiPolygon', … }, … } }
 * readZoneEdit({ …, geometry: bowTie }) // → { problem: { code: 'zone.self-intersection', params: { lng, lat, count }, field: 'geometry' } }
 */
export function readZoneEdit(input: unknown): { zone: ZoneEdit } | { problem: Problem } {
  const parsed = zoneEditSchema.safeParse(input);
  if (!parsed.success) return { problem: zodProblem(parsed.error, { code: 'form.field-invalid' }) };
  const checked = toMultiPolygon(parsed.data.geometry);
  if ('problem' in checked) return { problem: checked.problem };
  const v = parsed.data;
  return {
    zone: {
      kind: v.kind,
      name: v.name,
      geom: checked.multiPolygon,
      effectiveFrom: v.effectiveFrom,
      plannedLift: v.plannedLift ?? null,
      note: v.note || null,
      ...(v.version === undefined ? {} : { version: v.version }),
    },
  };
}
