import type { EditableCase } from '@/lib/cases/case-draft';
import type { ImportPreview } from '@/lib/cases/import-preview';
import type { ReportStatus } from '@/lib/enums';
import type { Datum } from '@/lib/import/datum';
import type { SheetColumnMap } from '@/lib/import/spreadsheet/case-sheet-columns';
import type { PlacedEntry } from '@/lib/notice-reader/place-notice';
import { callStaffApi, type FetchLike } from './call-staff-api';
import { staffPath, type StaffAnswer } from './staff-answer';

/** A case file as the workspace sends it: its bytes in Base64 (XLSX, GBK CSV and UTF-16 text arrive as on disk). */
export type CaseImportFile = { name: string; base64: string };
/** How to read it: the coordinates' datum, and for a sheet the columns staff mapped. */
export type CaseFileReading = { datum: Datum; columns?: SheetColumnMap };

/**
 * The cases, notices and reports endpoints of the staff API, typed. Saving a case that changed since it
 * was read answers 409 with the case as saved (`conflict.current`).
 *
 * @example
 * const answer = await casesApi().publish('C-12', true); // POST /api/staff/cases/C-12/publish { isPublished: true }
 */
export function casesApi(fetchImpl?: FetchLike) {
  const call = <T, Current = never>(method: string, url: string, body?: unknown) => callStaffApi<T, Current>(method, url, body, fetchImpl);
  const casePath = (code: string, action = '') => `/api/staff/cases/${encodeURIComponent(code)}${action}`;
  return {
    /** Saves one case (new, or an edit naming the version read). */
    save: (body: unknown): Promise<StaffAnswer<unknown, EditableCase>> => call('POST', '/api/staff/cases', body),
    /** The preview of a case file (nothing saved); a sheet whose headers are not known is refused with the `sheet` to map (`error.details`). */
    previewFile: (file: CaseImportFile, reading: CaseFileReading): Promise<StaffAnswer<{ preview: ImportPreview }>> => call('POST', '/api/staff/cases/preview', { file, ...reading }),
    /** Imports a previewed file, read the same way: the versions the preview saw, and the published cases staff confirmed replacing. */
    importFile: (file: CaseImportFile, reading: CaseFileReading, preview: ImportPreview, replacePublished: string[]): Promise<StaffAnswer<{ inserted: number; updated: number }>> =>
      call('POST', '/api/staff/cases', { file, ...reading, expectedVersions: preview.expectedVersions, replacePublished }),
    publish: (code: string, isPublished: boolean): Promise<StaffAnswer<unknown>> => call('POST', casePath(code, '/publish'), { isPublished }),
    remove: (code: string, version: number): Promise<StaffAnswer<unknown>> => call('DELETE', staffPath(casePath(code), { version })),
    /** Reads a pasted notice into dated places (nothing saved). */
    readNotice: (body: { text: string; published: string; region: string }): Promise<StaffAnswer<{ entries?: PlacedEntry[]; gazetteerSize?: number }>> => call('POST', '/api/staff/notices/read', body),
    updateReport: (id: number, body: { status: ReportStatus; notes: string }): Promise<StaffAnswer<unknown>> => call('PATCH', `/api/staff/reports/${id}`, body),
  };
}
