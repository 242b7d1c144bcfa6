import 'server-only';
import type { Db } from '@/lib/db/client';
import { saveCommunities, saveGridCells } from '@/lib/db/queries/communities';
import { saveZones } from '@/lib/db/queries/zones';
import { saveCaseTracks } from '@/lib/db/queries/cases';
import { previewCaseImportAgainstDb } from '@/lib/db/queries/case-import';
import type { ImportPreview } from '@/lib/cases/import-preview';
import { replaceGazetteer } from '@/lib/db/queries/gazetteer';
import { readGazetteer } from '@/lib/notice-reader/read-gazetteer';
import type { Actor } from '@/lib/db/queries/audit';
import { TrajectoryParseError } from '@/lib/parse/parse-error';
import type { Datum } from './datum';
import { ImportError } from './import-error';
import { readCaseFile, type CaseFile } from './read-case-file';
import { decodeTextFile } from '@/lib/parse/decode-text-file';
import type { SheetWarning, UnplacedRow } from './spreadsheet/read-case-sheet';
import type { SheetColumnMap } from './spreadsheet/case-sheet-columns';
import { readCommunities, readGridCells } from './read-communities';
import { readZones } from './read-zones';

export const IMPORT_KINDS = ['communities', 'grid-cells', 'zones', 'cases', 'places'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type ImportOptions = {
  fileName?: string;
  datum?: Datum;
  /** Publish imported cases (otherwise new cases are drafts and existing ones keep their status). */
  publish?: boolean;
  /** The zone for times without an offset (GRIDWATCH_TZ). */
  timeZone: string;
  /** For single-track files (KML, GPX) that do not name their case. */
  caseCode?: string;
  actor?: Actor;
  /** Cases: replace the tracks of published cases the file changes (otherwise the import is refused). */
  replacePublished?: boolean;
  /** Cases: compute the preview and save nothing. */
  isDryRun?: boolean;
  /** For a gazetteer (`places`): its name; a new import of the same source replaces it whole. */
  source?: string;
};

export type ImportSummary = {
  kind: ImportKind;
  inserted: number;
  updated: number;
  visits?: number;
  /** Parser notes of the GeoJSON/KML/GPX readers (English). */
  warnings: string[];
  preview?: ImportPreview;
  /** Spreadsheets: coded per-row warnings (skipped rows with their reason, approximate times, unplaced rows). */
  sheetWarnings?: SheetWarning[];
  /** Spreadsheets: rows saved nowhere yet, because they need a place on the map. */
  unplaced?: UnplacedRow[];
};

/**
 * Reads a case file of any kind, spreadsheets included (CSV in UTF-8 or GBK, XLSX: see `readCaseFile`), for the
 * CLI import and the workspace's (which may name the sheet's columns, `columns`). Throws ImportError for a file that cannot be read, AppError for a spreadsheet refused as a whole.
 */
export async function readCaseImportFile(input: string | Uint8Array, options: Pick<ImportOptions, 'fileName' | 'datum' | 'timeZone' | 'caseCode'> & { columns?: SheetColumnMap }): Promise<CaseFile> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  try {
    return await readCaseFile(bytes, { fileName: options.fileName, timeZone: options.timeZone, caseCode: options.caseCode, datum: options.datum ?? 'wgs84', ...(options.columns ? { columns: options.columns } : {}) });
  } catch (error) {
    if (error instanceof TrajectoryParseError) throw new ImportError({ code: error.code, params: error.params }, undefined, options.timeZone);
    throw error;
  }
}

/**
 * Validates a whole file, then saves it in one transaction: idempotent by natural key, all or nothing.
 * Throws ImportError (naming the feature or line) for bad input; nothing is saved then. Cases are previewed
 * first; a file that would change a published case's track is refused (AppError `import.published-change`)
 * unless `replacePublished`.
 */
export async function runImport(db: Db, kind: ImportKind, input: string | Uint8Array, options: ImportOptions): Promise<ImportSummary> {
  const actor = options.actor ?? { label: 'import' };
  const datum = options.datum ?? 'wgs84';
  const text = typeof input === 'string' ? input : kind === 'cases' ? '' : decodeTextFile(input).text;
  switch (kind) {
    case 'communities':
      return { kind, ...(await saveCommunities(db, readCommunities(text, { datum }), actor)), warnings: [] };
    case 'grid-cells':
      return { kind, ...(await saveGridCells(db, readGridCells(text, { datum }), actor)), warnings: [] };
    case 'zones':
      return { kind, ...(await saveZones(db, readZones(text, { datum }), actor)), warnings: [] };
    case 'cases': {
      const file = await readCaseImportFile(input, options);
      const sheet = { sheetWarnings: file.warnings, unplaced: file.unplaced };
      const preview = await previewCaseImportAgainstDb(db, { tracks: file.tracks, warnings: file.notes });
      if (options.isDryRun || file.tracks.length === 0) return { kind, inserted: 0, updated: 0, visits: 0, warnings: file.notes, preview, ...sheet };
      const saved = await saveCaseTracks(db, file.tracks, actor, {
        publish: options.publish,
        guardPublished: true,
        ...(options.replacePublished ? { replacePublished: true as const } : {}),
        expectedVersions: preview.expectedVersions,
      });
      return { kind, ...saved, warnings: file.notes, preview, ...sheet };
    }
    case 'places': {
      const format = /\.(geo)?json$/i.test(options.fileName ?? '') ? 'geojson' : 'csv';
      const source = (options.source ?? options.fileName ?? 'places').replace(/\.(csv|geojson|json)$/i, '').slice(0, 100);
      let read: ReturnType<typeof readGazetteer>;
      try {
        read = readGazetteer(text, { format, datum, source });
      } catch (error) {
        throw new ImportError(`not a ${format === 'csv' ? 'CSV' : 'GeoJSON'} gazetteer: ${(error as Error).message}`);
      }
      if (read.entries.length === 0) throw new ImportError('no usable place: each needs a name and coordinates (name/名称, lat/纬度, lon/经度)');
      const saved = await replaceGazetteer(db, source, read.entries, actor);
      const warnings = read.warnings.map((w) => `${format === 'csv' ? 'line' : 'feature'} ${w.record}: ${w.reason === 'no-name' ? 'no name' : 'no usable coordinates'}, skipped`);
      return { kind, inserted: saved.inserted, updated: saved.removed, warnings };
    }
  }
}
