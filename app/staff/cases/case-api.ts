import type { ImportPreview } from '@/lib/cases/import-preview';
import type { EditableCase } from '@/lib/cases/case-draft';

/** A staff API answer: the body on success, else the rendered message with the code and any current record. */
export type ApiAnswer<T> = { ok: true; body: T } | { ok: false; status: number; error: string; code?: string; current?: EditableCase };

/** Sends JSON to the staff API and reads the answer (errors arrive rendered in the reader's language). */
export async function callStaffApi<T = unknown>(url: string, method: string, body?: unknown): Promise<ApiAnswer<T>> {
  const response = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = (await response.json().catch(() => ({}))) as { error?: string; code?: string; current?: EditableCase };
  if (response.ok) return { ok: true, body: json as T };
  return { ok: false, status: response.status, error: json.error ?? `HTTP ${response.status}`, code: json.code, current: json.current };
}

/** The preview of a case file (nothing saved). */
export const previewCaseFile = (file: { name: string; text: string }) => callStaffApi<{ preview: ImportPreview }>('/api/staff/cases/preview', 'POST', { file });

/** Imports a previewed case file: the versions the preview saw, and the published cases staff confirmed replacing. */
export const importCaseFile = (file: { name: string; text: string }, preview: ImportPreview, replacePublished: string[]) =>
  callStaffApi<{ inserted: number; updated: number }>('/api/staff/cases', 'POST', { file, expectedVersions: preview.expectedVersions, replacePublished });
