/**
 * Reads the real source files from ../shared/data (BUILD time only; the app never reads them) and parses
 * them into small typed records. Every file read here must be listed in SOURCE_FILES so that NOTICE.md
 * and its test cover it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { z } from '../../validation/zod';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LngLat } from './demo-util';

export const SOURCE_FILES = {
  gu: 'boundaries/seoul_gu_kostat2013.geojson',
  dong: 'boundaries/seoul_dong_juso2015_simple.geojson',
  routes: 'case_routes/ds4c_PatientRoute.csv',
  patients: 'case_routes/ds4c_PatientInfo.csv',
} as const;

export type GuProperties = { code: string; name: string; name_eng: string };
export type DongProperties = { EMD_CD: string; EMD_KOR_NM: string; EMD_ENG_NM: string };
export type Areal = Polygon | MultiPolygon;

/** One deduplicated DS4C route row: one place a patient visited on one (local) day. */
export type RouteRow = {
  patientId: string;
  /** Position of the row in the deduplicated file: DS4C's route order within a patient and day. */
  order: number;
  date: string;
  province: string;
  city: string;
  type: string;
  lngLat: LngLat;
};

/** The non-personal subset of a DS4C PatientInfo row. Sex, age, birth year and infected_by are not read. */
export type PatientRecord = {
  patientId: string;
  province: string;
  infectionCase: string;
  confirmedDate: string;
};

export type Sources = {
  gu: FeatureCollection<Areal, GuProperties>;
  dong: FeatureCollection<Areal, DongProperties>;
  routes: RouteRow[];
  patients: Map<string, PatientRecord>;
  duplicateRouteRows: number;
  rawRouteRows: number;
};

const areal = z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) });
const guSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ code: z.string(), name: z.string(), name_eng: z.string() }),
      geometry: areal,
    }),
  ),
});
const dongSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ EMD_CD: z.string(), EMD_KOR_NM: z.string(), EMD_ENG_NM: z.string() }),
      geometry: areal,
    }),
  ),
});
const routeSchema = z.object({
  patient_id: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  province: z.string(),
  city: z.string(),
  type: z.string(),
  latitude: z.coerce.number(),
  longitude: z.coerce.number(),
});
const patientSchema = z.object({
  patient_id: z.string(),
  province: z.string(),
  infection_case: z.string(),
  confirmed_date: z.string(),
});

function readCsv(file: string): Record<string, string>[] {
  // The DS4C files have CRLF endings and no newline after the last row; papaparse handles both.
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0].message}`);
  return parsed.data;
}

/** Loads and parses every source file. `dataDir` is ../shared/data. */
export function loadSources(dataDir: string): Sources {
  const file = (relative: string) => path.join(dataDir, relative);
  // zod checks the shape we rely on; the geometry stays as GeoJSON from the file.
  const gu = guSchema.parse(JSON.parse(fs.readFileSync(file(SOURCE_FILES.gu), 'utf8')));
  const dong = dongSchema.parse(JSON.parse(fs.readFileSync(file(SOURCE_FILES.dong), 'utf8')));

  const rawRoutes = readCsv(file(SOURCE_FILES.routes));
  const seen = new Set<string>();
  const routes: RouteRow[] = [];
  for (const raw of rawRoutes) {
    const key = Object.values(raw).join(',');
    if (seen.has(key)) continue; // DS4C repeats 645 rows exactly
    seen.add(key);
    const row = routeSchema.parse(raw);
    routes.push({
      patientId: row.patient_id,
      order: routes.length,
      date: row.date,
      province: row.province,
      city: row.city,
      type: row.type,
      lngLat: [row.longitude, row.latitude], // the CSV has latitude first
    });
  }

  const patients = new Map<string, PatientRecord>();
  for (const raw of readCsv(file(SOURCE_FILES.patients))) {
    const row = patientSchema.parse(raw);
    patients.set(row.patient_id, {
      patientId: row.patient_id,
      province: row.province,
      infectionCase: row.infection_case,
      confirmedDate: row.confirmed_date,
    });
  }

  return {
    gu: gu as FeatureCollection<Areal, GuProperties>,
    dong: dong as FeatureCollection<Areal, DongProperties>,
    routes,
    patients,
    duplicateRouteRows: rawRoutes.length - routes.length,
    rawRouteRows: rawRoutes.length,
  };
}
