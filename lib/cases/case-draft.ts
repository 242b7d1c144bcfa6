import type { CaseClassification } from '@/lib/enums';
import type { LngLat } from '@/lib/trajectory/types';
import type { StoredVisit } from './staff-case-parts';

/** A place in the case editor: a point with a label and datetime-local times (the browser's wall time). */
export type StayRow = { key: number; kind: 'stay'; place: string; lngLat: LngLat; start: string; end: string };
/** A movement in the case editor: the drawn line, its label, and one datetime-local value per vertex ('' = not given). */
export type MovementRow = { key: number; kind: 'movement'; place: string; lngLats: LngLat[]; times: string[] };
export type VisitRow = StayRow | MovementRow;

/** A case being edited: what the form holds, and the version it was read at (undefined: a new case). */
export type CaseDraft = { code: string; classification: CaseClassification; reportedAt: string; communityId: number | null; visits: VisitRow[]; isExisting: boolean; version?: number };

/** A stored case as the editor reads it (the staff API's shape, without the data door's types). */
export type EditableCase = { code: string; classification: CaseClassification; status: 'draft' | 'published'; communityId: number | null; reportedAt: string; version: number; visits: StoredVisit[] };

let nextKey = 1;
/** A fresh key for a visit row (React lists; survives reordering). */
export const newRowKey = () => nextKey++;

/** A datetime-local value (to the minute) for an ISO instant, and back. */
export const toLocalInput = (iso: string) => {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
export const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : '');
/** A datetime-local value with seconds for an instant. */
export const toLocalSeconds = (ms: number) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 19);

/** An empty draft for a new case, reported now. */
export const emptyDraft = (now: Date = new Date()): CaseDraft => ({ code: '', classification: 'confirmed', reportedAt: toLocalInput(now.toISOString()), communityId: null, visits: [], isExisting: false });

/** A stored visit as an editor row: stays with minute times, movements with one time per vertex. */
export function rowOfVisit(v: StoredVisit): VisitRow {
  if (v.geometry.type === 'Point') return { key: newRowKey(), kind: 'stay', place: v.place ?? '', lngLat: [v.geometry.coordinates[0], v.geometry.coordinates[1]], start: toLocalInput(v.startsAt), end: toLocalInput(v.endsAt) };
  const lngLats = v.geometry.coordinates.map((c): LngLat => [c[0], c[1]]);
  const times = v.coordTimes ?? lngLats.map((_, i) => (i === lngLats.length - 1 ? v.endsAt : v.startsAt));
  return { key: newRowKey(), kind: 'movement', place: v.place ?? '', lngLats, times: times.map((t) => toLocalSeconds(Date.parse(t))) };
}

/** The draft for editing a stored case, at its version. */
export function draftOfCase(c: EditableCase): CaseDraft {
  return { code: c.code, classification: c.classification, reportedAt: toLocalInput(c.reportedAt), communityId: c.communityId, isExisting: true, version: c.version, visits: c.visits.map(rowOfVisit) };
}

/**
 * The request body that saves a draft: an edit names the version it read; a new case says so, and its code
 * must be free.
 *
 * @example
 * draftBody({ code: 'C-1', classification: 'confirmed', reportedAt: '2022-04-02T09:00', communityId: null, visits: [], isExisting: true, version: 3 }).version // → 3
 */
export function draftBody(draft: CaseDraft) {
  return {
    code: draft.code,
    classification: draft.classification,
    reportedAt: fromLocalInput(draft.reportedAt),
    communityId: draft.communityId,
    ...(draft.isExisting ? { version: draft.version } : { isNew: true }),
    visits: draft.visits.map((v) =>
      v.kind === 'stay'
        ? { place: v.place || null, lngLat: v.lngLat, start: fromLocalInput(v.start), end: fromLocalInput(v.end) }
        : { place: v.place || null, lngLats: v.lngLats, times: v.times.map(fromLocalInput) },
    ),
  };
}

/** Where the next visit starts: the end of the last one. */
export const endOfVisit = (visit: VisitRow | undefined): string | undefined => (visit ? (visit.kind === 'stay' ? visit.end : visit.times[visit.times.length - 1] || undefined) : undefined);

/** The parts of a stored case another editor may have changed, as message keys (for the conflict view). */
export type CaseField = 'classification' | 'reportedAt' | 'communityId' | 'status' | 'visits';

/**
 * Which fields `theirs` (the case now) differs in from `read` (the case as this editor opened it).
 *
 * @example
 * changedFields(read, { ...read, version: 2, visits: [...read.visits, extra] }) // → ['visits']
 */
export function changedFields(read: EditableCase, theirs: EditableCase): CaseField[] {
  const fields: CaseField[] = [];
  if (read.classification !== theirs.classification) fields.push('classification');
  if (read.reportedAt !== theirs.reportedAt) fields.push('reportedAt');
  if (read.communityId !== theirs.communityId) fields.push('communityId');
  if (read.status !== theirs.status) fields.push('status');
  if (JSON.stringify(read.visits) !== JSON.stringify(theirs.visits)) fields.push('visits');
  return fields;
}

/**
 * Re-applies this editor's draft on top of the other editor's version: the draft's content stays (nothing
 * typed is lost) and it now names their version, so saving it is a deliberate overwrite of what they saw.
 */
export function rebaseDraft(draft: CaseDraft, theirs: EditableCase): CaseDraft {
  return { ...draft, isExisting: true, version: theirs.version };
}

/** The sessionStorage key of the case editor's unsaved draft (one editor per tab). */
export const DRAFT_STORAGE_KEY = 'gridwatch:case-draft';

/**
 * A draft read back from sessionStorage, or undefined when the text is not one (another version of the app,
 * a hand-edited value): typed text survives a reload, and nothing malformed reaches the form.
 */
export function parseStoredDraft(text: string | null): CaseDraft | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<CaseDraft>;
    if (typeof value.code !== 'string' || typeof value.reportedAt !== 'string' || !Array.isArray(value.visits) || typeof value.isExisting !== 'boolean') return undefined;
    const visits = value.visits.filter((v): v is VisitRow => typeof v === 'object' && v !== null && (v.kind === 'stay' || v.kind === 'movement')).map((v) => ({ ...v, key: newRowKey() }));
    return { code: value.code, classification: value.classification === 'asymptomatic' ? 'asymptomatic' : 'confirmed', reportedAt: value.reportedAt, communityId: typeof value.communityId === 'number' ? value.communityId : null, visits, isExisting: value.isExisting, ...(typeof value.version === 'number' ? { version: value.version } : {}) };
  } catch {
    return undefined;
  }
}
