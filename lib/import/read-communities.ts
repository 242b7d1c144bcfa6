import type { Feature, MultiPolygon } from 'geojson';
import { z } from '@/lib/validation/zod';
import { toMultiPolygon } from '@/lib/geo/to-multi-polygon';
import { toWgs84, type Datum } from './datum';
import { zodProblem, type Problem } from '@/lib/errors/problem';
import { ImportError } from './import-error';
import { readFeatureCollection } from './read-feature-collection';

export type CommunityInput = {
  code: string;
  name: string;
  district: string;
  population: number | null;
  boundary: MultiPolygon;
};

export type GridCellInput = {
  communityCode: string;
  name: string;
  worker: string | null;
  workerPhone: string | null;
  geom: MultiPolygon;
};

const text = (max: number) => z.string().trim().min(1).max(max);

const communityProperties = z.object({
  code: z.union([text(64), z.number().int().transform(String)]),
  name: text(200),
  district: text(200),
  population: z.number().int().min(0).max(100_000_000).nullish(),
});

const gridCellProperties = z.object({
  communityCode: z.union([text(64), z.number().int().transform(String)]),
  name: text(200),
  worker: z.string().trim().max(200).nullish(),
  workerPhone: z.string().trim().max(40).nullish(),
});

export type ReadOptions = { datum?: Datum };

/**
 * The first zod issue of a feature's properties as a coded problem naming the property, in both languages.
 *
 * @example
 * propertiesProblem(error) // → { code: 'form.field-invalid', params: { field: 'properties.kind', reason: { … } }, field: 'properties.kind' }
 */
export function propertiesProblem(error: z.ZodError): Problem {
  return zodProblem(error, { prefix: 'properties', code: 'form.field-invalid' });
}

function readPolygonFeatures<P>(
  text: string,
  schema: z.ZodType<P>,
  options: ReadOptions,
): { properties: P; geometry: MultiPolygon }[] {
  return readFeatureCollection(text).map((feature: Feature, i) => {
    const parsed = schema.safeParse(feature.properties ?? {});
    if (!parsed.success) throw new ImportError(propertiesProblem(parsed.error), i + 1);
    const checked = toMultiPolygon(feature.geometry);
    if ('problem' in checked) throw new ImportError(checked.problem, i + 1);
    return { properties: parsed.data, geometry: toWgs84(checked.multiPolygon, options.datum ?? 'wgs84') };
  });
}

/**
 * Reads community boundaries from GeoJSON text (properties `code`, `name`, `district`, optional
 * `population`), or throws an ImportError naming the first bad feature.
 *
 * @example
 * readCommunities(text, { datum: 'gcj02' }) // → [{ code: '441302', name: '惠城区', ... }]
 */
export function readCommunities(text: string, options: ReadOptions = {}): CommunityInput[] {
  const rows = readPolygonFeatures(text, communityProperties, options).map(({ properties, geometry }) => ({
    code: properties.code,
    name: properties.name,
    district: properties.district,
    population: properties.population ?? null,
    boundary: geometry,
  }));
  assertUnique(rows.map((r) => r.code), 'code');
  return rows;
}

/**
 * Reads grid cells from GeoJSON text (properties `communityCode`, `name`, optional `worker`, `workerPhone`).
 *
 * @example
 * readGridCells(text) // → [{ communityCode: '11230510', name: 'Grid 1', ... }]
 */
export function readGridCells(text: string, options: ReadOptions = {}): GridCellInput[] {
  const rows = readPolygonFeatures(text, gridCellProperties, options).map(({ properties, geometry }) => ({
    communityCode: properties.communityCode,
    name: properties.name,
    worker: properties.worker || null,
    workerPhone: properties.workerPhone || null,
    geom: geometry,
  }));
  assertUnique(rows.map((r) => `${r.communityCode}/${r.name}`), 'communityCode and name');
  return rows;
}

function assertUnique(keys: string[], label: string): void {
  const seen = new Map<string, number>();
  keys.forEach((key, i) => {
    const first = seen.get(key);
    if (first !== undefined) throw new ImportError(`${label} "${key}" repeats feature ${first + 1}`, i + 1);
    seen.set(key, i);
  });
}
