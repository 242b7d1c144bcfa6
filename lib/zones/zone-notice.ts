import type { FeatureCollection, MultiPolygon } from 'geojson';
import { isSameBoundary } from '@/lib/geo/same-boundary';
import type { StaffError } from '@/lib/staff-api/staff-answer';
import { fillMessage } from '@/lib/cases/describe-import';
import type { ZoneSnapshot } from './zone-types';

/** What the zone workspace tells staff after an action: saved, refused, a conflict with the other version, or an undoable lift/step. */
export type ZoneNotice =
  | { kind: 'ok' | 'error'; text: string }
  | { kind: 'conflict'; text: string; current: ZoneSnapshot }
  | { kind: 'undo'; text: string; zoneId: number; version: number };

/**
 * The notice for a refused zone write. A version conflict names who changed the zone, when, and its
 * version (from the `zoneConflict` template); any other refusal shows the server's coded message as it is
 * (already in the reader's language, and already saying what is wrong).
 *
 * @example
 * zoneFailureNotice({ message: '区域边界自相交…', … }, undefined, { template, formatTime }) // → { kind: 'error', text: '区域边界自相交…' }
 */
export function zoneFailureNotice(
  error: Pick<StaffError, 'message'>,
  conflict: { current: ZoneSnapshot } | undefined,
  options: { conflictTemplate: string; formatTime: (iso: string | null) => string },
): ZoneNotice {
  if (!conflict) return { kind: 'error', text: error.message };
  const c = conflict.current;
  return { kind: 'conflict', current: c, text: fillMessage(options.conflictTemplate, { who: c.updatedBy ?? '?', at: options.formatTime(c.updatedAt), version: c.version }) };
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * After a conflict: the other editor's boundary, to draw on the map, when it differs from the boundary of
 * the zone being edited (empty otherwise), and whether it differs.
 *
 * @example
 * conflictOverlay(editedGeometry, notice) // → { isBoundaryChanged: true, overlay: { features: [their boundary] } }
 */
export function conflictOverlay(edited: MultiPolygon | undefined, notice: ZoneNotice | null): { isBoundaryChanged: boolean; overlay: FeatureCollection } {
  if (notice?.kind !== 'conflict' || edited === undefined || isSameBoundary(edited, notice.current.geometry)) return { isBoundaryChanged: false, overlay: EMPTY };
  return { isBoundaryChanged: true, overlay: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: notice.current.geometry, properties: {} }] } };
}
