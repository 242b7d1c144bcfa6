import 'server-only';
import type { NextRequest } from 'next/server';
import type { ParsedImport } from '@/lib/cases/import-preview';
import { EDIT_ROLES, type SessionUser } from '@/lib/auth/session';
import { settings } from '@/lib/env';
import type { LocalizedText } from '@/lib/errors/app-error';
import { FIELD_REASONS } from '@/lib/errors/field-reasons';
import { fieldProblem, problemError } from '@/lib/errors/problem';
import { renderError } from '@/lib/errors/render-error';
import type { Locale } from '@/lib/i18n/messages';
import { DATUMS, type Datum } from '@/lib/import/datum';
import { readCaseImportFile } from '@/lib/import/run-import';
import { isSheetColumnMap } from '@/lib/import/spreadsheet/case-sheet-columns';
import { JSON_BODY_LIMITS } from './read-json-body';
import { requestLocale } from './respond';
import { readStaffJson } from './route-kit';

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

const refuse = (field: string, why: LocalizedText) => problemError(fieldProblem(field, why, 'form.field-invalid'));

type FileField = { name?: unknown; text?: unknown; base64?: unknown };
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The file's bytes: `text` (decoded by the browser) or `base64` (as on disk: XLSX, GBK CSV, UTF-16 text). */
function fileBytes(file: FileField): Uint8Array {
  if (file.base64 !== undefined) {
    if (typeof file.base64 !== 'string' || file.base64.length > MAX_FILE_CHARS || !BASE64.test(file.base64)) throw refuse('file.base64', FIELD_REASONS['file-base64']);
    return new Uint8Array(Buffer.from(file.base64, 'base64'));
  }
  if (typeof file.text !== 'string' || file.text.length > MAX_FILE_CHARS) throw refuse('file.text', FIELD_REASONS['file-text']);
  return new TextEncoder().encode(file.text);
}

/**
 * A case-file import request `{ file: { name, text } | { name, base64 }, datum?, columns?, expectedVersions?,
 * replacePublished? }` read into parsed tracks; undefined when the body carries no file (a typed case). Files
 * are read as the CLI reads them (`readCaseImportFile`): spreadsheets (CSV in any encoding, XLSX) through the
 * sheet reader with the `columns` staff mapped, whose row warnings come back rendered in `locale`. A malformed
 * request is a coded `form.field-invalid` (422) naming the field; a file that cannot be read a coded
 * `import.file-invalid` (422); a sheet whose columns are not known `sheet.columns-missing` (422) carrying the
 * header and the columns found (`sheet`), for the mapping step.
 */
export async function readImportRequest(body: unknown, locale: Locale): Promise<ImportRequest | undefined> {
  const request = body as { file?: FileField; datum?: unknown; columns?: unknown; expectedVersions?: unknown; replacePublished?: unknown } | null;
  const file = request?.file;
  if (!file) return undefined;
  const bytes = fileBytes(file);
  if (request.datum !== undefined && !DATUMS.includes(request.datum as Datum)) {
    const values = DATUMS.join(' | ');
    throw refuse('datum', { 'zh-CN': `须为以下之一：${values}`, en: `must be one of ${values}` });
  }
  if (request.columns !== undefined && !isSheetColumnMap(request.columns)) throw refuse('columns', FIELD_REASONS['sheet-columns']);
  if (request.expectedVersions !== undefined && !isVersionMap(request.expectedVersions)) throw refuse('expectedVersions', FIELD_REASONS['expected-versions']);
  const replace = request.replacePublished ?? [];
  if (!Array.isArray(replace) || !replace.every((c) => typeof c === 'string')) throw refuse('replacePublished', FIELD_REASONS['case-code-list']);
  const read = await readCaseImportFile(bytes, {
    fileName: typeof file.name === 'string' ? file.name : undefined,
    timeZone: settings.timeZone,
    datum: (request.datum as Datum | undefined) ?? 'wgs84',
    ...(request.columns ? { columns: request.columns } : {}),
  });
  const sheetWarnings = read.warnings.map((w) => renderError(locale, w.code, w.params, settings.timeZone));
  const parsed: ParsedImport = { tracks: read.tracks, warnings: [...read.notes, ...sheetWarnings] };
  return { parsed, replacePublished: replace as string[], ...(request.expectedVersions ? { expectedVersions: request.expectedVersions as Record<string, number | null> } : {}) };
}

/**
 * The preamble the case preview and the case save share: the staff guard, the body within the import limit,
 * and the file in it read into tracks (undefined for a typed case). Throws coded AppErrors.
 *
 * @example
 * const { user, body, imported } = await readCaseRequest(request);
 */
export async function readCaseRequest(request: NextRequest): Promise<{ user: SessionUser; body: unknown; imported: ImportRequest | undefined }> {
  const { user, body } = await readStaffJson(request, EDIT_ROLES, JSON_BODY_LIMITS.caseImport);
  return { user, body, imported: await readImportRequest(body, requestLocale(request)) };
}
