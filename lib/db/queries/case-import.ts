import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import type { BBox } from 'geojson';
import { partsOfVisits } from '@/lib/cases/staff-case-parts';
import { previewCaseImport, type ImportPreview, type ParsedImport, type StoredCaseTrack } from '@/lib/cases/import-preview';
import { rowsOf, type Db } from '../client';
import { cases } from '../schema';
import { listStaffCases } from './case-edits';

type Executor = Pick<Db, 'select' | 'execute'>;

/** The stored tracks of the cases with these codes (status, version and visits), for the import diff. */
export async function readStoredCaseTracks(db: Executor, codes: readonly string[]): Promise<StoredCaseTrack[]> {
  if (codes.length === 0) return [];
  const stored = await listStaffCases(db, { codes });
  return stored.map((c) => ({ caseCode: c.code, status: c.status, version: c.version, parts: partsOfVisits(c.visits) }));
}

/** The district's extent: the communities' bounding box [west, south, east, north], or undefined with none loaded. */
export async function readDistrictExtent(db: Executor): Promise<BBox | undefined> {
  const [row] = rowsOf<{ west: number | null; south: number | null; east: number | null; north: number | null }>(
    await db.execute(sql`SELECT ST_XMin(e) AS west, ST_YMin(e) AS south, ST_XMax(e) AS east, ST_YMax(e) AS north FROM (SELECT ST_Extent(boundary)::geometry AS e FROM communities) x`),
  );
  if (!row || row.west === null || row.south === null || row.east === null || row.north === null) return undefined;
  return [Number(row.west), Number(row.south), Number(row.east), Number(row.north)];
}

/**
 * What importing already-parsed tracks would do, compared with the database now (nothing is saved): see
 * `previewCaseImport`. Any reader can feed it (`ParsedImport` is tracks plus the reader's warnings).
 */
export async function previewCaseImportAgainstDb(db: Executor, parsed: ParsedImport, now: Date = new Date()): Promise<ImportPreview> {
  const codes = [...new Set(parsed.tracks.map((t) => t.caseCode))];
  const [stored, area] = await Promise.all([readStoredCaseTracks(db, codes), readDistrictExtent(db)]);
  return previewCaseImport(parsed, stored, { now: now.getTime(), ...(area ? { area } : {}) });
}

/** The versions of the cases with these codes now (absent codes are not stored). */
export async function readCaseVersions(db: Pick<Db, 'select'>, codes: readonly string[]): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select({ code: cases.code, version: cases.version }).from(cases).where(inArray(cases.code, [...codes]));
  return new Map(rows.map((r) => [r.code, r.version]));
}
