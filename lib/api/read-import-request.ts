import 'server-only';
import type { NextRequest } from 'next/server';
import type { ParsedImport } from '@/lib/cases/import-preview';
import { EDIT_ROLES, type SessionUser } from '@/lib/auth/session';
import { settings } from '@/lib/env';
import type { LocalizedText } from '@/lib/errors/app-error';
import { FIELD_REASONS } from '@/lib/errors/field-reasons';
import { fieldProblem, problemError } from '@/lib/errors/problem';
import { DATUMS, type Datum } from '@/lib/import/datum';
import { readCaseImport } from '@/lib/import/run-import';
import { JSON_BODY_LIMITS } from './read-json-body';
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

/**
 * A case-file import request `{ file: { name, text }, datum?, expectedVersions?, replacePublished? }` read into
 * parsed tracks; undefined when the body carries no file (a typed case). A malformed request is a coded
 * `form.field-invalid` (422) naming the field, a file that cannot be read a coded `import.file-invalid` (422).
 */
export function readImportRequest(body: unknown): ImportRequest | undefined {
  const request = body as { file?: { name?: unknown; text?: unknown }; datum?: unknown; expectedVersions?: unknown; replacePublished?: unknown } | null;
  const file = request?.file;
  if (!file) return undefined;
  if (typeof file.text !== 'string' || file.text.length > MAX_FILE_CHARS) throw refuse('file.text', FIELD_REASONS['file-text']);
  if (request.datum !== undefined && !DATUMS.includes(request.datum as Datum)) {
    const values = DATUMS.join(' | ');
    throw refuse('datum', { 'zh-CN': `须为以下之一：${values}`, en: `must be one of ${values}` });
  }
  if (request.expectedVersions !== undefined && !isVersionMap(request.expectedVersions)) throw refuse('expectedVersions', FIELD_REASONS['expected-versions']);
  const replace = request.replacePublished ?? [];
  if (!Array.isArray(replace) || !replace.every((c) => typeof c === 'string')) throw refuse('replacePublished', FIELD_REASONS['case-code-list']);
  const parsed = readCaseImport(file.text, { fileName: typeof file.name === 'string' ? file.name : undefined, timeZone: settings.timeZone, datum: (request.datum as Datum | undefined) ?? 'wgs84' });
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
  return { user, body, imported: readImportRequest(body) };
}
