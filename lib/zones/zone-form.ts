import type { Feature } from 'geojson';
import { ZONE_KINDS, type ZoneKind } from '@/lib/enums';
import { drawnGeometry } from './drawn-geometry';
import type { ZoneProperties } from './zone-types';

/** The zone editor's fields as typed: times as datetime-local values (the browser's wall time). */
export type ZoneForm = { kind: ZoneKind; name: string; effectiveFrom: string; plannedLift: string; note: string; pasted: string };

/**
 * A datetime-local value (the browser's wall time, to the minute) for an ISO instant; '' for none.
 *
 * @example
 * toLocalInput('2020-03-07T08:30:00Z') // → '2020-03-07T16:30' in a browser at UTC+8
 */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/**
 * The ISO instant of a datetime-local value (read in the browser's zone); null for ''.
 *
 * @example
 * fromLocalInput('2020-03-07T16:30') // → '2020-03-07T08:30:00.000Z' in a browser at UTC+8
 */
export function fromLocalInput(value: string): string | null {
  return value ? new Date(value).toISOString() : null;
}

/**
 * A blank form for a new zone: sealed, effective now.
 *
 * @example
 * emptyZoneForm('2020-03-07T08:30:00Z').kind // → 'sealed'
 */
export function emptyZoneForm(nowIso: string = new Date().toISOString()): ZoneForm {
  return { kind: 'sealed', name: '', effectiveFrom: toLocalInput(nowIso), plannedLift: '', note: '', pasted: '' };
}

/**
 * The form filled from a saved zone, for reshaping it.
 *
 * @example
 * zoneFormOf({ kind: 'controlled', name: 'Block 3', note: null, … }).note // → ''
 */
export function zoneFormOf(zone: ZoneProperties): ZoneForm {
  return { kind: zone.kind, name: zone.name, effectiveFrom: toLocalInput(zone.effectiveFrom), plannedLift: toLocalInput(zone.plannedLift), note: zone.note ?? '', pasted: '' };
}

/**
 * A boundary pasted from another tool: a Feature's geometry or the geometry itself (the server checks its
 * shape like a drawn one); null when nothing is pasted, the parser's message when it is not JSON.
 *
 * @example
 * readPastedBoundary('{"type":"Feature","geometry":{"type":"Polygon","coordinates":[]}}') // → { geometry: { type: 'Polygon', coordinates: [] } }
 * readPastedBoundary('  ') // → null
 */
export function readPastedBoundary(text: string): { geometry: unknown } | { error: string } | null {
  if (!text.trim()) return null;
  try {
    const pasted = JSON.parse(text) as { type?: unknown; geometry?: unknown } | null;
    return { geometry: pasted?.type === 'Feature' ? pasted.geometry : pasted };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The body of POST /api/staff/zones or PUT /api/staff/zones/:id. */
export type ZoneSaveBody = { kind: ZoneKind; name: string; effectiveFrom: string | null; plannedLift: string | null; note: string | null; geometry: unknown; version?: number };

/**
 * The save body for the form and a geometry; an edit names the version it read.
 *
 * @example
 * zoneSaveBody({ …form, note: '' }, square, 3) // → { kind, name, effectiveFrom, plannedLift, note: null, geometry: square, version: 3 }
 */
export function zoneSaveBody(form: ZoneForm, geometry: unknown, version?: number): ZoneSaveBody {
  return {
    kind: form.kind,
    name: form.name,
    effectiveFrom: fromLocalInput(form.effectiveFrom),
    plannedLift: fromLocalInput(form.plannedLift),
    note: form.note || null,
    geometry,
    ...(version ? { version } : {}),
  };
}

/**
 * The generated drafts as zones to save: one zone per kind (a buffer that came out in pieces is one
 * MultiPolygon zone), named "<base> · <kind>"; kinds with nothing drawn are left out.
 *
 * @example
 * generatedZoneBodies(snapshot, new Map([['a', 'sealed']]), { base: 'Block 3', effectiveFrom, kindName: (k) => k })
 * // → [{ kind: 'sealed', name: 'Block 3 · sealed', effectiveFrom, geometry }]
 */
export function generatedZoneBodies(
  drawn: readonly (Pick<Feature, 'geometry'> & { id?: string | number })[],
  ids: ReadonlyMap<string, ZoneKind>,
  options: { base: string; effectiveFrom: string | null; kindName: (kind: ZoneKind) => string },
) {
  return ZONE_KINDS.flatMap((kind) => {
    const geometry = drawnGeometry(drawn.filter((f) => ids.get(String(f.id)) === kind));
    return geometry ? [{ kind, name: `${options.base || '—'} · ${options.kindName(kind)}`, effectiveFrom: options.effectiveFrom, geometry }] : [];
  });
}
