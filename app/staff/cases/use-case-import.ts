'use client';
import { useState } from 'react';
import type { ImportPreview } from '@/lib/cases/import-preview';
import type { Datum } from '@/lib/import/datum';
import type { SheetColumnMap } from '@/lib/import/spreadsheet/case-sheet-columns';
import { readColumnMappingNeed, type ColumnMappingNeed } from '@/lib/import/spreadsheet/column-mapping';
import { casesApi, type CaseImportFile } from '@/lib/staff-api/cases-api';
import { bytesToBase64 } from '@/lib/staff-api/file-base64';

/** A sheet whose headers were not all recognised: what the server found, the columns chosen so far, and its message. */
export type ColumnMappingState = { file: CaseImportFile; need: ColumnMappingNeed; columns: SheetColumnMap; message: string };
/** A previewed file, with the reading (datum, columns) the import must repeat. */
export type ImportingState = { file: CaseImportFile; datum: Datum; columns?: SheetColumnMap; preview: ImportPreview };

type Options = {
  /** Runs a call with the workspace's saving state. */
  run: <T>(call: () => Promise<T>) => Promise<T>;
  onError: (message: string | null) => void;
  onImported: (counts: { inserted: number; updated: number }) => void;
};

/**
 * The workspace's file import: the file's bytes to the server with the datum chosen; a sheet whose headers
 * are not known comes back as a mapping step (the server's header and guesses), previewed again with the
 * columns picked; then the preview, and the import with the same reading.
 */
export function useCaseImport({ run, onError, onImported }: Options) {
  const [datum, setDatum] = useState<Datum>('wgs84');
  const [mapping, setMapping] = useState<ColumnMappingState | null>(null);
  const [importing, setImporting] = useState<ImportingState | null>(null);

  const preview = async (file: CaseImportFile, columns?: SheetColumnMap) => {
    const reading = { datum, ...(columns ? { columns } : {}) };
    const answer = await run(() => casesApi().previewFile(file, reading));
    if (answer.ok) {
      onError(null);
      setMapping(null);
      setImporting({ file, ...reading, preview: answer.body.preview });
      return;
    }
    const need = answer.error.code === 'sheet.columns-missing' ? readColumnMappingNeed(answer.error.details?.sheet) : undefined;
    if (need) {
      onError(null);
      setMapping({ file, need, columns: columns ?? need.columns, message: answer.error.message });
    } else onError(answer.error.message);
  };

  return {
    datum,
    setDatum,
    mapping,
    importing,
    openFile: async (file: File) => preview({ name: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) }),
    setColumns: (columns: SheetColumnMap) => setMapping((current) => current && { ...current, columns }),
    previewMapped: () => (mapping ? preview(mapping.file, mapping.columns) : Promise.resolve()),
    runImport: async (replacePublished: string[]) => {
      if (!importing) return;
      const { file, preview: seen, ...reading } = importing;
      const answer = await run(() => casesApi().importFile(file, reading, seen, replacePublished));
      if (!answer.ok) return onError(answer.error.message);
      setImporting(null);
      onImported(answer.body);
    },
    cancel: () => {
      setMapping(null);
      setImporting(null);
    },
  };
}
