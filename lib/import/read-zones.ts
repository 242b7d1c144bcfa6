import type { MultiPolygon } from 'geojson';
import { z } from '@/lib/validation/zod';
import { toMultiPolygon } from '@/lib/geo/to-multi-polygon';
import { ZONE_KINDS, type ZoneKind } from '@/lib/enums';
import { toWgs84, type Datum } from './datum';
import { ImportError } from './import-error';
import { readFeatureCollection } from './read-feature-collection';
import { reason } from '@/lib/errors/field-reasons';
import { propertiesProblem } from './read-communities';

export type ZoneInput = {
  kind: ZoneKind;
  name: string;
  geom: MultiPolygon;
  effectiveFrom: Date;
  plannedLift: Date | null;
  liftedAt: Date | null;
  note: string | null;
};

/** ISO 8601 with an offset or Z: a zone's time without one would be ambiguous. */
const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/, reason('instant'))
  .transform((s) => new Date(s))
  .refine((d) => !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 1990 && d.getUTCFullYear() <= 2100, reason('instant-1990-2100'));

const zoneProperties = z
  .object({
    kind: z.enum(ZONE_KINDS),
    name: z.string().trim().min(1).max(200),
    effectiveFrom: instant,
    plannedLift: instant.nullish(),
    liftedAt: instant.nullish(),
    note: z.string().trim().max(2000).nullish(),
  })
  .refine((z) => !z.plannedLift || z.plannedLift > z.effectiveFrom, { message: reason('after-effective-from'), path: ['plannedLift'] })
  .refine((z) => !z.liftedAt || z.liftedAt >= z.effectiveFrom, { message: reason('not-before-effective-from'), path: ['liftedAt'] });

/**
 * Reads zones from GeoJSON text (properties `kind`, `name`, `effectiveFrom`, optional `plannedLift`,
 * `liftedAt`, `note`), or throws an ImportError naming the first bad feature.
 *
 * @example
 * readZones(text) // → [{ kind: 'sealed', name: 'Guanhai Xuan', effectiveFrom: Date, ... }]
 */
export function readZones(text: string, options: { datum?: Datum } = {}): ZoneInput[] {
  const seen = new Map<string, number>();
  return readFeatureCollection(text).map((feature, i) => {
    const parsed = zoneProperties.safeParse(feature.properties ?? {});
    if (!parsed.success) throw new ImportError(propertiesProblem(parsed.error), i + 1);
    const checked = toMultiPolygon(feature.geometry);
    if ('problem' in checked) throw new ImportError(checked.problem, i + 1);
    const p = parsed.data;
    const key = `${p.name}@${p.effectiveFrom.toISOString()}`;
    const first = seen.get(key);
    if (first !== undefined) throw new ImportError(`zone "${p.name}" from ${p.effectiveFrom.toISOString()} repeats feature ${first + 1}`, i + 1);
    seen.set(key, i);
    return {
      kind: p.kind,
      name: p.name,
      geom: toWgs84(checked.multiPolygon, options.datum ?? 'wgs84'),
      effectiveFrom: p.effectiveFrom,
      plannedLift: p.plannedLift ?? null,
      liftedAt: p.liftedAt ?? null,
      note: p.note || null,
    };
  });
}
