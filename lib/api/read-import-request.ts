import 'server-only';
import type { ParsedImport } from '@/lib/cases/import-preview';
import { settings } from '@/lib/env';
import { DATUMS, type Datum } from '@/lib/import/datum';
import { ImportError } from '@/lib/import/import-error';
import { readCaseImport } from '@/lib/import/run-import';

const MAX_FILE_CHARS = 20 * 1024 * 1024;

export type ImportRequest = {
  parsed: ParsedImport;
  /** From the preview: the save refuses if any of these cases changed since. */
  expectedVersions?: Record<string, number | null>;
  /** Published cases staff confirmed replacing. */
  replacePublished: string[];
};

const isVersionMap = (value: unknown): value is Record<string, number | null> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 1));

/**
 * A case-file import request `{ file: { name, text }, datum?, expectedVersions?, replacePublished? }` read into
 * parsed tracks; undefined when the body carries no file (a typed case), `{ problem }` when it is malformed.
 * The one place the staff API reads import files (preview and save alike).
 */
export function readImportRequest(body: unknown): ImportRequest | { problem: string } | undefined {
  const request = body as { file?: { name?: unknown; text?: unknown }; datum?: unknown; expectedVersions?: unknown; replacePublished?: unknown } | null;
  const file = request?.file;
  if (!file) return undefined;
  if (typeof file.text !== 'string' || file.text.length > MAX_FILE_CHARS) return { problem: 'file.text must be the file’s text, at most 20 MB' };
  if (request.datum !== undefined && !DATUMS.includes(request.datum as Datum)) return { problem: `datum must be one of ${DATUMS.join(', ')}` };
  if (request.expectedVersions !== undefined && !isVersionMap(request.expectedVersions)) return { problem: 'expectedVersions must map case codes to the versions the preview showed' };
  const replace = request.replacePublished ?? [];
  if (!Array.isArray(replace) || !replace.every((c) => typeof c === 'string')) return { problem: 'replacePublished must be a list of case codes' };
  try {
    const parsed = readCaseImport(file.text, { fileName: typeof file.name === 'string' ? file.name : undefined, timeZone: settings.timeZone, datum: (request.datum as Datum | undefined) ?? 'wgs84' });
    return { parsed, replacePublished: replace as string[], ...(request.expectedVersions ? { expectedVersions: request.expectedVersions as Record<string, number | null> } : {}) };
  } catch (error) {
    if (error instanceof ImportError) return { problem: error.message };
    throw error;
  }
}
