import 'server-only';
import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { CaseTrack, TrajectoryPart } from '@/lib/trajectory/types';
import { caseTracksFromFeatures } from '@/lib/trajectory/case-tracks-from-features';
import { ImportError } from '@/lib/import/import-error';
import { rowsOf, type Db } from '../client';
import { caseVisits, cases, type CaseClassification } from '../schema';
import { asGeoJson, intersectsBbox, type MapFilter } from './map-filter';
import { recordChange, type Actor } from './audit';
import { describeDatabaseError } from './database-error';
import { storedTrackForAudit } from './case-edits';
import { auditTrack } from '@/lib/cases/audit-visits';
import { previewCaseImport } from '@/lib/cases/import-preview';
import { AppError, isAppError } from '@/lib/errors/app-error';
import { normaliseTrack } from '@/lib/trajectory/normalise-track';
import { readStoredCaseTracks } from './case-import';

/** The case-track interchange format's properties (import, export, API, tests). */
export type CaseVisitProperties = {
  caseCode: string;
  classification: CaseClassification;
  place: string | null;
  start: string;
  end: string;
  reportedAt: string;
  /** LineStrings only: one ISO time per vertex. */
  coordTimes?: string[];
  /** The source had dates only: the times of day were generated. */
  timeGenerated?: true;
};

export type CaseVisitFeature = Feature<Point | LineString, CaseVisitProperties>;

export type CaseTrackInput = CaseTrack & {
  classification?: CaseClassification;
  /** Defaults to the end of the track's last part. */
  reportedAt?: Date;
  /** The home community (staff-only, never public): undefined keeps the stored one, null clears it. */
  communityId?: number | null;
  /** The version the editor read: a case changed (or deleted) since is refused with `case.version-conflict` / `case.gone`. */
  version?: number;
};

export type SaveCaseOptions = {
  publish?: boolean;
  isTimeGenerated?: boolean;
  now?: Date;
  /** Refuse (CaseExistsError) rather than replace a case whose code is taken: a new case typed in the workspace. */
  isNewOnly?: boolean;
  /**
   * An import: refuse (`import.published-change`, nothing saved) to change the track of a published case
   * unless its code is in `replacePublished` (or `replacePublished` is true).
   */
  guardPublished?: boolean;
  replacePublished?: true | readonly string[];
  /** The versions an import preview compared with (null: not stored then): any case changed since refuses the whole import. */
  expectedVersions?: Readonly<Record<string, number | null>>;
};

/** A new case was given the code of one already stored: nothing is saved. */
export class CaseExistsError extends AppError {
  constructor(readonly caseCode: string) {
    super('case.exists', { caseCode }, { details: { field: 'code' } });
    this.message = `code: case ${caseCode} exists already; open it from the list to edit it, or give the new case another code`;
    this.name = 'CaseExistsError';
  }
}

function partToVisit(part: TrajectoryPart) {
  if (part.kind === 'stay') {
    return {
      geom: { type: 'Point', coordinates: part.lngLat } as Point,
      coordTimes: null,
      startsAt: new Date(part.start),
      endsAt: new Date(part.end),
      place: part.place ?? null,
    };
  }
  return {
    geom: { type: 'LineString', coordinates: part.lngLats } as LineString,
    coordTimes: part.times.map((t) => new Date(t)),
    startsAt: new Date(part.times[0]),
    endsAt: new Date(part.times[part.times.length - 1]),
    place: part.place ?? null,
  };
}

const lastTime = (part: TrajectoryPart) => (part.kind === 'stay' ? part.end : part.times[part.times.length - 1]);

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type StoredRow = typeof cases.$inferSelect;

/** Locks and reads the stored cases with these codes, so version and published checks cannot race a save. */
async function lockCases(tx: Tx, codes: string[]): Promise<Map<string, StoredRow>> {
  if (codes.length === 0) return new Map();
  const rows = await tx.select().from(cases).where(inArray(cases.code, codes)).orderBy(asc(cases.code)).for('update');
  return new Map(rows.map((r) => [r.code, r]));
}

/** Refuses the save (AppError, nothing written) when a case changed since the editor or the preview read it. */
function checkVersions(tracks: CaseTrackInput[], stored: Map<string, StoredRow>, options: SaveCaseOptions): void {
  for (const track of tracks) {
    if (track.version === undefined) continue;
    const before = stored.get(track.caseCode);
    if (!before) throw new AppError('case.gone', { code: track.caseCode });
    if (before.version !== track.version) throw new AppError('case.version-conflict', { code: track.caseCode, expected: track.version, current: before.version });
  }
  if (!options.expectedVersions) return;
  const stale = Object.entries(options.expectedVersions)
    .filter(([code, version]) => (stored.get(code)?.version ?? null) !== version)
    .map(([code]) => code);
  if (stale.length) throw new AppError('import.preview-stale', { codes: stale.join(', ') });
}

/** The published cases whose track the import would change without staff having confirmed replacing it. */
async function unconfirmedPublishedChanges(tx: Tx, tracks: CaseTrackInput[], stored: Map<string, StoredRow>, options: SaveCaseOptions): Promise<string[]> {
  if (!options.guardPublished || options.replacePublished === true) return [];
  const confirmed = new Set(options.replacePublished ?? []);
  const codes = tracks.map((t) => t.caseCode).filter((code) => stored.get(code)?.status === 'published' && !confirmed.has(code));
  if (codes.length === 0) return [];
  const preview = previewCaseImport({ tracks: tracks.filter((t) => codes.includes(t.caseCode)), warnings: [] }, await readStoredCaseTracks(tx, codes), { now: Date.now() });
  return preview.publishedChanged;
}

/**
 * Saves case tracks by case code in one transaction: a case's visits are replaced by the given ones (so
 * importing the same file twice changes nothing), movements stored as `normaliseTrack` has them (a
 * motionless one as a stay; the audit notes it). Drafts unless `publish`. Each save bumps the case's
 * version; a stale one (see `CaseTrackInput.version`, `SaveCaseOptions.expectedVersions`), an import that
 * would change a published case unconfirmed (`guardPublished`) or a bad track rolls back all: AppError for
 * the first two, an ImportError naming the bad track (1-based, in input order).
 */
export async function saveCaseTracks(
  db: Db,
  tracks: CaseTrackInput[],
  actor: Actor,
  options: SaveCaseOptions = {},
): Promise<{ inserted: number; updated: number; visits: number }> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const stored = await lockCases(tx, [...new Set([...tracks.map((t) => t.caseCode), ...Object.keys(options.expectedVersions ?? {})])]);
    checkVersions(tracks, stored, options);
    const unconfirmed = await unconfirmedPublishedChanges(tx, tracks, stored, options);
    if (unconfirmed.length) throw new AppError('import.published-change', { codes: unconfirmed.join(', ') });
    let inserted = 0;
    let visitCount = 0;
    for (const [i, track] of tracks.entries()) {
      if (track.parts.length === 0) throw new ImportError(`case ${track.caseCode} has no visits`, i + 1);
      const { parts, notes } = normaliseTrack(track.parts);
      try {
        const reportedAt = track.reportedAt ?? new Date(Math.max(...parts.map(lastTime)));
        const before = stored.get(track.caseCode);
        if (before && options.isNewOnly) throw new CaseExistsError(track.caseCode);
        const trackBefore = before ? await storedTrackForAudit(tx, before.id) : undefined;
        const status = options.publish ? 'published' : (before?.status ?? 'draft');
        const publishedAt = status === 'published' ? (before?.publishedAt ?? now) : null;
        const values = {
          code: track.caseCode,
          classification: track.classification ?? before?.classification ?? 'confirmed',
          reportedAt,
          status,
          publishedAt,
          communityId: track.communityId === undefined ? (before?.communityId ?? null) : track.communityId,
        } as const;
        const [saved] = await tx
          .insert(cases)
          .values(values)
          .onConflictDoUpdate({ target: cases.code, set: { ...values, version: sql`${cases.version} + 1`, updatedAt: sql`now()` } })
          .returning({ id: cases.id, version: cases.version });
        if (!before) inserted++;
        // A case saved twice in one file: the second save sees the first (its row is now this one).
        stored.set(track.caseCode, { ...(before ?? ({} as StoredRow)), ...values, id: saved.id, version: saved.version });
        await tx.delete(caseVisits).where(eq(caseVisits.caseId, saved.id));
        await tx.insert(caseVisits).values(
          parts.map((part, seq) => ({
            ...partToVisit(part),
            caseId: saved.id,
            seq,
            isTimeGenerated: options.isTimeGenerated ?? (part.kind === 'stay' && part.isTimeApproximate === true),
          })),
        );
        visitCount += parts.length;
        const replacedPublished = before?.status === 'published' && options.guardPublished ? { replacedPublished: true } : {};
        await recordChange(tx, actor, {
          action: before ? 'update' : 'create',
          objectType: 'case',
          objectId: saved.id,
          before: before ? { code: before.code, status: before.status, classification: before.classification, communityId: before.communityId, version: before.version, ...trackBefore } : undefined,
          after: { code: values.code, status: values.status, classification: values.classification, communityId: values.communityId, version: saved.version, ...auditTrack(parts), ...(notes.length ? { normalised: notes } : {}), ...replacedPublished },
        });
      } catch (error) {
        if (error instanceof ImportError || error instanceof CaseExistsError || isAppError(error)) throw error;
        throw new ImportError(`case ${track.caseCode}: ${describeDatabaseError(error)}`, i + 1);
      }
    }
    return { inserted, updated: tracks.length - inserted, visits: visitCount };
  });
}

/**
 * Published case visits in the interchange format. With `at`: cases reported by then, and only the
 * visits that had begun by then. Drafts never leave this function.
 */
export async function listPublishedCaseVisits(
  db: Db,
  filter: MapFilter = {},
  options: { limit?: number } = {},
): Promise<FeatureCollection<Point | LineString, CaseVisitProperties>> {
  const query = db
    .select({
      id: caseVisits.id,
      caseCode: cases.code,
      classification: cases.classification,
      reportedAt: cases.reportedAt,
      place: caseVisits.place,
      startsAt: caseVisits.startsAt,
      endsAt: caseVisits.endsAt,
      coordTimes: caseVisits.coordTimes,
      isTimeGenerated: caseVisits.isTimeGenerated,
      geometry: asGeoJson(caseVisits.geom),
    })
    .from(caseVisits)
    .innerJoin(cases, eq(cases.id, caseVisits.caseId))
    .where(
      and(
        eq(cases.status, 'published'),
        filter.at ? lte(cases.reportedAt, filter.at) : undefined,
        filter.at ? lte(caseVisits.startsAt, filter.at) : undefined,
        intersectsBbox(caseVisits.geom, filter.bbox),
        filter.between ? lte(caseVisits.startsAt, filter.between[1]) : undefined,
        filter.between ? gte(caseVisits.endsAt, filter.between[0]) : undefined,
      ),
    )
    .orderBy(asc(cases.code), asc(caseVisits.seq));
  const rows = options.limit === undefined ? await query : await query.limit(options.limit);
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      id: r.id,
      geometry: JSON.parse(r.geometry) as Point | LineString,
      properties: {
        caseCode: r.caseCode,
        classification: r.classification,
        place: r.place,
        start: r.startsAt.toISOString(),
        end: r.endsAt.toISOString(),
        reportedAt: r.reportedAt.toISOString(),
        ...(r.coordTimes ? { coordTimes: r.coordTimes.map(toIso) } : {}),
        ...(r.isTimeGenerated ? { timeGenerated: true as const } : {}),
      },
    })),
  };
}

// Timestamp arrays come back as Dates from some drivers and strings from others.
function toIso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** Published case tracks for the overlap engine, one per case, visits in order. */
export async function listPublishedCaseTracks(db: Db, filter: MapFilter = {}): Promise<CaseTrack[]> {
  return caseTracksFromFeatures(await listPublishedCaseVisits(db, filter));
}

type IndexRow = { code: string; place: string | null; geometry: string; starts_ms: number | string; ends_ms: number | string; times_ms: string | null };

/**
 * Every published case track for the server's check index: the same tracks as `listPublishedCaseTracks(db)`,
 * read with times as epoch milliseconds straight from the database. At 10,000 tracks (4.8 million fixes) the
 * interchange format's round trip through Date objects and ISO strings was most of the index's load time.
 *
 * @example
 * await listPublishedCaseTracksForIndex(db) // → [{ caseCode: 'C-001', parts: [{ kind: 'stay', lngLat: [126.88, 37.49], start: 1583722800000, … }] }]
 */
export async function listPublishedCaseTracksForIndex(db: Db): Promise<CaseTrack[]> {
  const rows = rowsOf<IndexRow>(
    await db.execute(sql`
      SELECT k.code, v.place, ST_AsGeoJSON(v.geom, 7) AS geometry,
        (extract(epoch from v.starts_at) * 1000)::float8 AS starts_ms, (extract(epoch from v.ends_at) * 1000)::float8 AS ends_ms,
        array_to_string(array(SELECT (extract(epoch from u.t) * 1000)::float8 FROM unnest(v.coord_times) WITH ORDINALITY AS u(t, o) ORDER BY u.o), ',') AS times_ms
      FROM case_visits v JOIN cases k ON k.id = v.case_id
      WHERE k.status = 'published'
      ORDER BY k.code, v.seq`),
  );
  const tracks: CaseTrack[] = [];
  for (const row of rows) {
    let track = tracks[tracks.length - 1];
    if (track?.caseCode !== row.code) tracks.push((track = { caseCode: row.code, parts: [] }));
    const geometry = JSON.parse(row.geometry) as Point | LineString;
    const place = row.place ? { place: row.place } : {};
    if (geometry.type === 'Point') {
      track.parts.push({ kind: 'stay', lngLat: [geometry.coordinates[0], geometry.coordinates[1]], start: Number(row.starts_ms), end: Number(row.ends_ms), ...place });
    } else {
      const times = row.times_ms ? row.times_ms.split(',').map(Number) : [];
      track.parts.push({ kind: 'movement', lngLats: geometry.coordinates.map((c) => [c[0], c[1]]), times, ...place });
    }
  }
  return tracks;
}

/** Publishes or unpublishes cases by code; returns the codes that changed. */
export async function setCasesPublished(db: Db, codes: string[], isPublished: boolean, actor: Actor): Promise<string[]> {
  if (codes.length === 0) return [];
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(cases)
      .set(
        isPublished
          ? { status: 'published', publishedAt: sql`coalesce(${cases.publishedAt}, now())`, version: sql`${cases.version} + 1`, updatedAt: sql`now()` }
          : { status: 'draft', publishedAt: null, version: sql`${cases.version} + 1`, updatedAt: sql`now()` },
      )
      .where(and(inArray(cases.code, codes), eq(cases.status, isPublished ? 'draft' : 'published')))
      .returning({ id: cases.id, code: cases.code });
    for (const c of changed) {
      await recordChange(tx, actor, {
        action: isPublished ? 'publish' : 'unpublish',
        objectType: 'case',
        objectId: c.id,
        after: { code: c.code, status: isPublished ? 'published' : 'draft' },
      });
    }
    return changed.map((c) => c.code);
  });
}
