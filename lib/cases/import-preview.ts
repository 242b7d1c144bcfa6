import type { BBox } from 'geojson';
import { normaliseTrack, type NormaliseNote } from '@/lib/trajectory/normalise-track';
import type { CaseTrack, LngLat, TrajectoryPart } from '@/lib/trajectory/types';
import type { CaseStatus } from '@/lib/enums';

/** A case as stored, for comparing an import with: its status, version and parts in order. */
export type StoredCaseTrack = { caseCode: string; status: CaseStatus; version: number; parts: TrajectoryPart[] };

/** One visit as the preview lists it. */
export type VisitSummary = { kind: 'stay' | 'movement'; place: string | null; start: number; end: number; lngLat: LngLat; vertices: number };

/** What an import would do to one stored case. */
export type CaseChange = {
  caseCode: string;
  status: CaseStatus;
  version: number;
  added: VisitSummary[];
  removed: VisitSummary[];
  changed: { before: VisitSummary; after: VisitSummary }[];
  /** Visits the import leaves as they are. */
  kept: number;
};

/**
 * Something staff should know before saving. `parser`: a row or record the reader skipped or repaired, in
 * the reader's words; the others name the case and how many of its visits.
 */
export type ImportWarning =
  | { kind: 'parser'; text: string }
  | { kind: 'outside-area'; caseCode: string; visits: number; first: number }
  | { kind: 'future'; caseCode: string; visits: number; latest: number }
  | { kind: 'normalised'; caseCode: string; note: NormaliseNote };

/** What a file would do, computed before anything is saved (see `previewCaseImport`). */
export type ImportPreview = {
  newCases: { caseCode: string; visits: VisitSummary[] }[];
  changedCases: CaseChange[];
  unchangedCases: string[];
  warnings: ImportWarning[];
  /** Published cases whose track the import would replace: saving needs explicit confirmation. */
  publishedChanged: string[];
  /** The version of each case the preview compared with (null: not stored): the save must find them unchanged. */
  expectedVersions: Record<string, number | null>;
};

/** Already-parsed case tracks and the reader's warnings: any reader (GeoJSON, CSV, GPX, a spreadsheet) can feed the preview. */
export type ParsedImport = { tracks: CaseTrack[]; warnings: string[] };

export type PreviewOptions = {
  /** The district's extent [west, south, east, north]: visits outside it are flagged (a swapped lng/lat, a wrong datum). */
  area?: BBox;
  /** Epoch ms taken as now: visits ending later are flagged. */
  now: number;
};

// Stored coordinates come back rounded to 7 decimals (ST_AsGeoJSON(geom, 7)).
const COORD_TOLERANCE = 1e-6;
const sameLngLat = (a: LngLat, b: LngLat) => Math.abs(a[0] - b[0]) < COORD_TOLERANCE && Math.abs(a[1] - b[1]) < COORD_TOLERANCE;

/** One part as the preview lists it. */
export function summariseVisit(part: TrajectoryPart): VisitSummary {
  if (part.kind === 'stay') return { kind: 'stay', place: part.place ?? null, start: part.start, end: part.end, lngLat: part.lngLat, vertices: 1 };
  return { kind: 'movement', place: part.place ?? null, start: part.times[0], end: part.times[part.times.length - 1], lngLat: part.lngLats[0], vertices: part.lngLats.length };
}

/** Whether two parts are the same visit in every stored detail (place, times, positions). */
export function isSameVisit(a: TrajectoryPart, b: TrajectoryPart): boolean {
  if ((a.place ?? null) !== (b.place ?? null)) return false;
  if (a.kind === 'stay' && b.kind === 'stay') return a.start === b.start && a.end === b.end && sameLngLat(a.lngLat, b.lngLat);
  if (a.kind === 'movement' && b.kind === 'movement') {
    return a.lngLats.length === b.lngLats.length && a.times.every((t, i) => t === b.times[i]) && a.lngLats.every((p, i) => sameLngLat(p, b.lngLats[i]));
  }
  return false;
}

/** A visit's identity across versions of a track: its kind and start time (the same visit may change place or end). */
const visitKey = (part: TrajectoryPart) => `${part.kind}|${part.kind === 'stay' ? part.start : part.times[0]}`;

/**
 * What replacing `stored` with `incoming` does, visit by visit: visits are matched by kind and start time;
 * a matched visit whose place, end or positions differ is `changed`.
 *
 * @example
 * diffVisits([stay0, stay1], [stay0, stay2]) // → { added: [stay2], removed: [stay1], changed: [], kept: 1 }
 */
export function diffVisits(stored: readonly TrajectoryPart[], incoming: readonly TrajectoryPart[]): Pick<CaseChange, 'added' | 'removed' | 'changed' | 'kept'> {
  const storedByKey = new Map<string, TrajectoryPart[]>();
  for (const part of stored) storedByKey.set(visitKey(part), [...(storedByKey.get(visitKey(part)) ?? []), part]);
  const added: VisitSummary[] = [];
  const changed: CaseChange['changed'] = [];
  let kept = 0;
  for (const part of incoming) {
    const candidates = storedByKey.get(visitKey(part));
    if (!candidates?.length) {
      added.push(summariseVisit(part));
      continue;
    }
    const same = candidates.findIndex((c) => isSameVisit(c, part));
    const [match] = candidates.splice(same >= 0 ? same : 0, 1);
    if (same >= 0) kept++;
    else changed.push({ before: summariseVisit(match), after: summariseVisit(part) });
  }
  const removed = [...storedByKey.values()].flat().map(summariseVisit);
  return { added, removed, changed, kept };
}

const isInside = (lngLat: LngLat, [west, south, east, north]: BBox) => lngLat[0] >= west && lngLat[0] <= east && lngLat[1] >= south && lngLat[1] <= north;
const partLngLats = (part: TrajectoryPart) => (part.kind === 'stay' ? [part.lngLat] : part.lngLats);
const partEnd = (part: TrajectoryPart) => (part.kind === 'stay' ? part.end : part.times[part.times.length - 1]);

/** The warnings one incoming track earns: visits outside the area, visits ending after now. */
function trackWarnings(track: CaseTrack, options: PreviewOptions): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const { area } = options;
  if (area) {
    const outside = track.parts.map((part, i) => (partLngLats(part).some((p) => !isInside(p, area)) ? i + 1 : 0)).filter((i) => i > 0);
    if (outside.length) warnings.push({ kind: 'outside-area', caseCode: track.caseCode, visits: outside.length, first: outside[0] });
  }
  const future = track.parts.filter((part) => partEnd(part) > options.now);
  if (future.length) warnings.push({ kind: 'future', caseCode: track.caseCode, visits: future.length, latest: Math.max(...future.map(partEnd)) });
  return warnings;
}

/**
 * What importing `parsed` would do to the `stored` cases, before anything is saved: new cases, changed
 * cases (visits added, removed, changed), cases the file leaves as they are, warnings (the reader's own,
 * movements stored as stays, visits outside the district, times in the future), and the published cases
 * whose track would be replaced. Tracks are compared as they would be stored (`normaliseTrack`).
 *
 * @example
 * previewCaseImport({ tracks: [{ caseCode: 'C-9', parts: [stay] }], warnings: [] }, [{ caseCode: 'C-9', status: 'published', version: 3, parts: [a, b] }], { now })
 * // → { newCases: [], changedCases: [{ caseCode: 'C-9', status: 'published', version: 3, added: […], removed: […], … }], publishedChanged: ['C-9'], expectedVersions: { 'C-9': 3 }, … }
 */
export function previewCaseImport(parsed: ParsedImport, stored: readonly StoredCaseTrack[], options: PreviewOptions): ImportPreview {
  const storedByCode = new Map(stored.map((s) => [s.caseCode, s]));
  const preview: ImportPreview = { newCases: [], changedCases: [], unchangedCases: [], warnings: parsed.warnings.map((text) => ({ kind: 'parser', text })), publishedChanged: [], expectedVersions: {} };
  for (const track of parsed.tracks) {
    const { parts, notes } = normaliseTrack(track.parts);
    preview.warnings.push(...notes.map((note): ImportWarning => ({ kind: 'normalised', caseCode: track.caseCode, note })), ...trackWarnings({ caseCode: track.caseCode, parts }, options));
    const before = storedByCode.get(track.caseCode);
    preview.expectedVersions[track.caseCode] = before?.version ?? null;
    if (!before) {
      preview.newCases.push({ caseCode: track.caseCode, visits: parts.map(summariseVisit) });
      continue;
    }
    const diff = diffVisits(before.parts, parts);
    if (diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0) {
      preview.unchangedCases.push(track.caseCode);
      continue;
    }
    preview.changedCases.push({ caseCode: track.caseCode, status: before.status, version: before.version, ...diff });
    if (before.status === 'published') preview.publishedChanged.push(track.caseCode);
  }
  return preview;
}
