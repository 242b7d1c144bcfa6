'use client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TerraDraw } from 'terra-draw';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CommunityStatus } from '@/lib/zones/community-status';
import { DEFAULT_OUTLINE_RADII, DEFAULT_RADII, generateZones, generateZonesAroundOutline, type ZoneRadii } from '@/lib/zones/generate-zones';
import { readBuildingOutline, type OutlineRepair } from '@/lib/zones/building-outline';
import { buildingLayers } from '@/lib/map/building-layers';
import { ZONE_KINDS, type ZoneKind } from '@/lib/enums';
import type { ZoneSnapshot } from '@/lib/db/queries/zone-edits';
import type { ZoneProperties } from '@/lib/db/queries/zones';
import type { WorkspaceMapProps } from '../_components/workspace-props';
import { SaveCancel } from '../_components/save-cancel';
import { communityLayers } from '@/lib/map/layers/communities';
import { conflictZoneLayers, zoneLayers } from '@/lib/map/layers/zones';
import { isSameBoundary } from '@/lib/geo/same-boundary';
import { drawnGeometry, polygonsOf } from '@/lib/zones/drawn-geometry';
import { zoneTextWarning } from '@/lib/cases/looks-like-address';
import { PersonalDataWarning } from '../_components/personal-data-warning';
import { GeoJsonLayers } from '../../_components/map/geojson-layers';
import { MapProvider } from '../../_components/map/map-provider';
import { ZoneDrawing } from './zone-drawing';
import { KIND_KEYS, ZoneNotice, type Notice } from './_components/zone-notice';
import { fillMessage } from '@/lib/cases/describe-import';
import { ZONE_UNDO_MINUTES } from '@/lib/zones/undo-window';
import { bbox } from '@turf/turf';

const CONFLICT_LAYERS = conflictZoneLayers('conflict-zone');
const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };

export type WorkspaceZone = ZoneProperties & {
  id: number;
  geometry: MultiPolygon;
  communities: string[];
  population: number;
  /** The next lifecycle step and its date (proposed when due; staff confirm). */
  proposal: { to: ZoneKind; dueAt: string; isDue: boolean } | null;
};

type Props = WorkspaceMapProps & {
  zones: WorkspaceZone[];
  communityStatuses: { name: string; status: CommunityStatus }[];
  noEpidemicTarget: number | null;
  noEpidemicDays: number;
};

/**
 * Generating three zones: around a point (pick it, then edit the drafts) or around a building's outline
 * (draw, pick or paste it, generate, then edit). `ids` maps the drafts' terra-draw ids to their kind.
 */
type Generate = {
  source: 'point' | 'outline';
  phase: 'pick' | 'outline' | 'edit';
  radii: ZoneRadii;
  base: string;
  ids: Map<string, ZoneKind>;
  pasted: string;
  /** The basemap's building layers (none on the built-in basemap), and whether a click picks one now. */
  buildings: ReturnType<typeof buildingLayers>;
  isPickingBuilding: boolean;
};

const REPAIR_KEYS: Record<OutlineRepair, 'outlineJoined' | 'outlineFilled'> = { 'joined-parts': 'outlineJoined', 'filled-courtyards': 'outlineFilled' };

type Form = { kind: ZoneKind; name: string; effectiveFrom: string; plannedLift: string; note: string; pasted: string };

const STATUS_KEYS = { sealed: 'zoneSealed', controlled: 'zoneControlled', precaution: 'zonePrecaution', 'no-epidemic': 'statusNoEpidemic', watch: 'statusWatch' } as const;

/** A datetime-local value (the browser's wall time) for an ISO instant, and back. */
const toLocalInput = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : null);

const emptyForm = (): Form => ({ kind: 'sealed', name: '', effectiveFrom: toLocalInput(new Date().toISOString()), plannedLift: '', note: '', pasted: '' });

/** The zones workspace: the list beside the map, the editor form, and terra-draw on the map. */
export function ZoneWorkspace(props: Props) {
  const t = props.messages;
  const router = useRouter();
  const drawRef = useRef<TerraDraw | null>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  /** Generating from a place: picking the point, then three editable drafts (terra-draw id → kind). */
  const radiiRef = useRef<ZoneRadii>(DEFAULT_RADII);
  const [generate, setGenerate] = useState<Generate | null>(null);
  const [editing, setEditing] = useState<{ id: number | null; version?: number } | null>(null);
  const [form, setForm] = useState<Form>(emptyForm);
  const [notice, setNotice] = useState<Notice>(null);
  const [isSaving, setIsSaving] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  // The Save button sits low in a long form: bring a new message into view.
  useEffect(() => {
    if (notice) noticeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [notice]);
  const [, setDrawRevision] = useState(0);

  const formatTime = useCallback(
    (iso: string | null) => (iso ? new Date(iso).toLocaleString(props.locale, { timeZone: props.timeZone, dateStyle: 'short', timeStyle: 'short' }) : '—'),
    [props.locale, props.timeZone],
  );

  const shown = useMemo<FeatureCollection>(
    () => ({
      type: 'FeatureCollection',
      features: props.zones
        .filter((z) => !z.liftedAt && z.id !== editing?.id)
        .map((z) => ({ type: 'Feature', id: z.id, geometry: z.geometry, properties: { kind: z.kind, name: z.name } })),
    }),
    [props.zones, editing?.id],
  );

  const stopDrawing = () => {
    const draw = drawRef.current;
    if (draw) {
      draw.clear();
      draw.setMode('static');
    }
    setEditing(null);
    setGenerate(null);
  };

  const startGenerate = () => {
    const map = mapRef.current;
    if (!map || !drawRef.current) return;
    drawRef.current.clear();
    setNotice(null);
    const state: Generate = { source: 'point', phase: 'pick', radii: { ...DEFAULT_RADII }, base: '', ids: new Map<string, ZoneKind>(), pasted: '', buildings: [], isPickingBuilding: false };
    setGenerate(state);
    map.getCanvas().style.cursor = 'crosshair';
    radiiRef.current = state.radii;
    map.once('click', (event) => {
      map.getCanvas().style.cursor = '';
      const ids = placeGenerated([event.lngLat.lng, event.lngLat.lat], radiiRef.current);
      setGenerate((current) => (current ? { ...current, phase: 'edit', ids } : current));
    });
  };

  /** Puts generated zones on the drawing layer, editable (a MultiPolygon as its polygons), and returns their ids by kind. */
  const placeDrafts = (zones: { kind: ZoneKind; geometry: Polygon | MultiPolygon }[]): Map<string, ZoneKind> => {
    const draw = drawRef.current;
    const ids = new Map<string, ZoneKind>();
    if (!draw) return ids;
    draw.clear();
    draw.setMode('select');
    const parts = zones.flatMap((z) => (z.geometry.type === 'Polygon' ? [z.geometry] : polygonsOf(z.geometry)).map((geometry) => ({ kind: z.kind, geometry })));
    const results = draw.addFeatures(parts.map((p) => ({ type: 'Feature', geometry: p.geometry, properties: { mode: 'polygon', kind: p.kind } })));
    results.forEach((result, i) => {
      if (result.valid && result.id !== undefined) ids.set(String(result.id), parts[i].kind);
    });
    const refused = results.find((r) => !r.valid);
    if (refused) setNotice({ kind: 'error', text: t.zoneInvalid.replace('{message}', refused.reason ?? '') });
    return ids;
  };

  /** The three circles around a clicked point. */
  const placeGenerated = (lngLat: [number, number], radii: ZoneRadii): Map<string, ZoneKind> => {
    try {
      return placeDrafts(generateZones(lngLat, radii));
    } catch (error) {
      setNotice({ kind: 'error', text: (error as Error).message });
      return new Map();
    }
  };

  const startOutline = () => {
    const draw = drawRef.current;
    const map = mapRef.current;
    if (!draw || !map) return;
    draw.clear();
    draw.setMode('polygon');
    setNotice(null);
    setGenerate({ source: 'outline', phase: 'outline', radii: { ...DEFAULT_OUTLINE_RADII }, base: '', ids: new Map(), pasted: '', buildings: buildingLayers(map.getStyle().layers), isPickingBuilding: false });
  };

  /** The outline as drawn (or picked), or as pasted when something is pasted: checked, repaired, and shown on the drawing layer. */
  const generateFromOutline = () => {
    const draw = drawRef.current;
    if (!generate || !draw) return;
    let input: unknown = drawnGeometry(draw.getSnapshot());
    if (generate.pasted.trim()) {
      try {
        input = JSON.parse(generate.pasted);
      } catch (error) {
        setNotice({ kind: 'error', text: t.zoneInvalid.replace('{message}', (error as Error).message) });
        return;
      }
    } else if (!input) {
      setNotice({ kind: 'error', text: t.generateNoOutline });
      return;
    }
    const read = readBuildingOutline(input);
    if ('problem' in read) {
      setNotice({ kind: 'error', text: t.zoneInvalid.replace('{message}', read.problem) });
      return;
    }
    let zones: ReturnType<typeof generateZonesAroundOutline>;
    try {
      zones = generateZonesAroundOutline(read.outline, generate.radii);
    } catch (error) {
      setNotice({ kind: 'error', text: (error as Error).message });
      return;
    }
    setNotice(read.repairs.length ? { kind: 'ok', text: read.repairs.map((r) => t[REPAIR_KEYS[r]]).join(' ') } : null);
    const ids = placeDrafts(zones);
    setGenerate({ ...generate, phase: 'edit', ids, isPickingBuilding: false });
  };

  // Picking a building: a click on the basemap's building layer takes that building's outline, all its
  // pieces (vector tiles cut a building at tile edges), onto the drawing layer for adjusting.
  const isPickingBuilding = generate?.isPickingBuilding ?? false;
  const pickLayers = generate?.buildings;
  useEffect(() => {
    const map = mapRef.current;
    const draw = drawRef.current;
    if (!isPickingBuilding || !map || !draw || !pickLayers?.length) return;
    draw.setMode('static');
    map.getCanvas().style.cursor = 'pointer';
    const onClick = (event: { point: { x: number; y: number } }) => {
      const [hit] = map.queryRenderedFeatures([event.point.x, event.point.y], { layers: pickLayers.map((l) => l.id) });
      if (!hit) {
        setNotice({ kind: 'error', text: t.generateNoBuildingHere });
        return;
      }
      const layer = pickLayers.find((l) => l.id === hit.layer.id);
      const pieces = hit.id !== undefined && layer ? map.querySourceFeatures(layer.source, { sourceLayer: layer.sourceLayer, filter: ['==', ['id'], hit.id] }) : [];
      // The source's copies include the clicked one; without an id only the clicked piece is known.
      const read = readBuildingOutline(pieces.length ? pieces.map((f) => f.geometry) : [hit.geometry]);
      if ('problem' in read) {
        setNotice({ kind: 'error', text: t.zoneInvalid.replace('{message}', read.problem) });
        return;
      }
      draw.clear();
      draw.setMode('select');
      const polygons = read.outline.type === 'Polygon' ? [read.outline] : polygonsOf(read.outline);
      draw.addFeatures(polygons.map((geometry) => ({ type: 'Feature', geometry, properties: { mode: 'polygon' } })));
      setNotice(read.repairs.length ? { kind: 'ok', text: read.repairs.map((r) => t[REPAIR_KEYS[r]]).join(' ') } : null);
      setGenerate((current) => (current ? { ...current, isPickingBuilding: false } : current));
    };
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
      map.getCanvas().style.cursor = '';
      // Picking turned off without a pick: back to drawing the outline.
      if (draw.getMode() === 'static') draw.setMode('polygon');
    };
  }, [isPickingBuilding, pickLayers, t]);

  const saveGenerated = async () => {
    if (!generate || generate.phase !== 'edit') return;
    const snapshot = drawRef.current?.getSnapshot() ?? [];
    const effectiveFrom = fromLocalInput(form.effectiveFrom);
    // One zone per kind: a buffer that came out in pieces is one MultiPolygon zone.
    const zones = ZONE_KINDS.flatMap((kind) => {
      const geometry = drawnGeometry(snapshot.filter((f) => generate.ids.get(String(f.id)) === kind));
      return geometry ? [{ kind, name: `${generate.base || '—'} · ${t[KIND_KEYS[kind]]}`, effectiveFrom, geometry }] : [];
    });
    if (zones.length === 0) {
      setNotice({ kind: 'error', text: t.zoneInvalid.replace('{message}', 'nothing drawn') });
      return;
    }
    if (await send('/api/staff/zones', 'POST', { zones })) {
      stopDrawing();
      setNotice({ kind: 'ok', text: t.zoneSaved });
      router.refresh();
    }
  };

  const startNew = () => {
    const draw = drawRef.current;
    if (!draw) return;
    setGenerate(null);
    draw.clear();
    draw.setMode('polygon');
    setForm(emptyForm());
    setNotice(null);
    setEditing({ id: null });
  };

  const startReshape = (zone: WorkspaceZone) => {
    const draw = drawRef.current;
    if (!draw) return;
    draw.clear();
    draw.setMode('select');
    const added = draw.addFeatures(polygonsOf(zone.geometry).map((geometry) => ({ type: 'Feature', geometry, properties: { mode: 'polygon' } })));
    // Selected, so its corners show as handles to drag (the polygon itself does not move); the map flies to it.
    const first = added.find((a) => a.valid);
    if (first) draw.selectFeature(first.id as string);
    const [west, south, east, north] = bbox(zone.geometry);
    mapRef.current?.fitBounds([[west, south], [east, north]], { padding: 60, maxZoom: 18, duration: 600 });
    setForm({ kind: zone.kind, name: zone.name, effectiveFrom: toLocalInput(zone.effectiveFrom), plannedLift: toLocalInput(zone.plannedLift), note: zone.note ?? '', pasted: '' });
    setNotice(null);
    setEditing({ id: zone.id, version: zone.version });
  };

  /** Sends a write and returns the saved zone; a 409 shows the other person's version, a 422 the reason. */
  const send = async (url: string, method: string, body?: unknown): Promise<ZoneSnapshot | false> => {
    setIsSaving(true);
    try {
      const response = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      const json = (await response.json().catch(() => ({}))) as { error?: string; current?: ZoneSnapshot; zone?: ZoneSnapshot };
      if (response.ok) return json.zone ?? (true as unknown as ZoneSnapshot);
      if (response.status === 409 && json.current) {
        const c = json.current;
        setNotice({ kind: 'conflict', current: c, text: t.zoneConflict.replace('{who}', c.updatedBy ?? '?').replace('{at}', formatTime(c.updatedAt)).replace('{version}', String(c.version)) });
      } else if (response.status === 422) {
        setNotice({ kind: 'error', text: t.zoneInvalid.replace('{message}', json.error ?? '') });
      } else {
        setNotice({ kind: 'error', text: json.error ?? `HTTP ${response.status}` });
      }
      return false;
    } finally {
      setIsSaving(false);
    }
  };

  const save = async () => {
    if (!editing) return;
    let geometry: unknown = drawnGeometry(drawRef.current?.getSnapshot() ?? []);
    if (form.pasted.trim()) {
      // A boundary pasted from another tool replaces the drawing; the server checks it like a drawn one.
      try {
        const pasted = JSON.parse(form.pasted) as { type?: string; geometry?: unknown };
        geometry = pasted.type === 'Feature' ? pasted.geometry : pasted;
      } catch (error) {
        setNotice({ kind: 'error', text: t.zoneInvalid.replace('{message}', (error as Error).message) });
        return;
      }
    }
    const body = {
      kind: form.kind,
      name: form.name,
      effectiveFrom: fromLocalInput(form.effectiveFrom),
      plannedLift: fromLocalInput(form.plannedLift),
      note: form.note || null,
      geometry,
      ...(editing.version ? { version: editing.version } : {}),
    };
    const isSaved = editing.id === null ? await send('/api/staff/zones', 'POST', body) : await send(`/api/staff/zones/${editing.id}`, 'PUT', body);
    if (isSaved) {
      stopDrawing();
      setNotice({ kind: 'ok', text: t.zoneSaved });
      router.refresh();
    }
  };

  /** Lifting takes a zone off the public map: asked first, and undoable for ZONE_UNDO_MINUTES. */
  const lift = async (zone: WorkspaceZone) => {
    if (!window.confirm(fillMessage(t.zoneLiftConfirm, { name: zone.name }))) return;
    const saved = await send(`/api/staff/zones/${zone.id}/lift`, 'POST', { version: zone.version });
    if (saved) {
      setNotice({ kind: 'undo', text: fillMessage(t.zoneLifted, { name: zone.name, minutes: ZONE_UNDO_MINUTES }), zoneId: zone.id, version: saved.version });
      router.refresh();
    }
  };

  const confirmStep = async (zone: WorkspaceZone) => {
    if (!zone.proposal) return;
    const kind = t[KIND_KEYS[zone.proposal.to]];
    if (!window.confirm(fillMessage(t.zoneStepConfirm, { name: zone.name, kind }))) return;
    const saved = await send(`/api/staff/zones/${zone.id}/step`, 'POST', { version: zone.version, to: zone.proposal.to });
    if (saved) {
      setNotice({ kind: 'undo', text: fillMessage(t.zoneStepped, { name: saved.name, kind, minutes: ZONE_UNDO_MINUTES }), zoneId: zone.id, version: saved.version });
      router.refresh();
    }
  };

  const undo = async (zoneId: number, version: number) => {
    if (await send(`/api/staff/zones/${zoneId}/undo`, 'POST', { version })) {
      setNotice({ kind: 'ok', text: t.zoneUndone });
      router.refresh();
    }
  };

  const remove = async (zone: WorkspaceZone) => {
    if (!window.confirm(`${t.deleteZone}: ${zone.name}?`)) return;
    if (await send(`/api/staff/zones/${zone.id}?version=${zone.version}`, 'DELETE')) {
      setNotice({ kind: 'ok', text: t.zoneSaved });
      router.refresh();
    }
  };

  // After a conflict: the other editor's boundary on the map when it differs from the one being edited.
  const editedZone = props.zones.find((z) => z.id === editing?.id);
  const conflictBoundaryChanged = notice?.kind === 'conflict' && editedZone !== undefined && !isSameBoundary(editedZone.geometry, notice.current.geometry);
  const conflictBoundary: FeatureCollection =
    notice?.kind === 'conflict' && conflictBoundaryChanged ? { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: notice.current.geometry, properties: {} }] } : EMPTY_COLLECTION;
  const inForce = props.zones.filter((z) => !z.liftedAt);
  const lifted = props.zones.filter((z) => z.liftedAt);
  const bounds: LngLatBoundsLike | undefined = props.bounds ? [[props.bounds[0], props.bounds[1]], [props.bounds[2], props.bounds[3]]] : undefined;

  const zoneItem = (zone: WorkspaceZone) => (
    <li key={zone.id} className={`zone-item ${zone.kind}${editing?.id === zone.id ? ' selected' : ''}`} data-testid="zone-item">
      <h3>{zone.name}</h3>
      <div className="meta">
        {t[KIND_KEYS[zone.kind]]} · {t.effectiveFrom} {formatTime(zone.effectiveFrom)}
        {zone.plannedLift ? ` · ${t.plannedLift} ${formatTime(zone.plannedLift)}` : ''}
        {zone.liftedAt ? ` · ${t.liftedAt} ${formatTime(zone.liftedAt)}` : ''}
      </div>
      <div className="meta">
        {zone.communities.length ? `${t.communities}: ${zone.communities.join('、')} · ${t.population} ${zone.population.toLocaleString(props.locale)}` : null}
      </div>
      {zone.proposal && !zone.liftedAt ? (
        <div className={zone.proposal.isDue ? 'step-due' : 'meta'} data-testid="zone-step">
          {(zone.proposal.isDue ? t.stepDue : t.stepPlanned).replace('{kind}', t[KIND_KEYS[zone.proposal.to]]).replace('{date}', formatTime(zone.proposal.dueAt))}
          {zone.proposal.isDue && props.canEdit ? (
            <button type="button" className="staff-button" onClick={() => confirmStep(zone)} disabled={isSaving}>
              {t.stepConfirm}
            </button>
          ) : null}
        </div>
      ) : null}
      {props.canEdit && !zone.liftedAt ? (
        <div className="actions">
          <button type="button" className="staff-button secondary" onClick={() => startReshape(zone)} disabled={isSaving}>
            {t.reshape}
          </button>
          <button type="button" className="staff-button secondary" onClick={() => lift(zone)} disabled={isSaving}>
            {t.liftZoneNow}
          </button>
          <button type="button" className="staff-button danger" onClick={() => remove(zone)} disabled={isSaving}>
            {t.deleteZone}
          </button>
        </div>
      ) : null}
    </li>
  );

  return (
    <main className="workspace">
      <aside className="workspace-side">
        {!props.canEdit ? <p className="hint">{t.readOnlyNotice}</p> : null}
        {props.canEdit && !editing && !generate ? (
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            <button type="button" className="staff-button" onClick={startNew}>
              {t.drawZone}
            </button>
            <button type="button" className="staff-button secondary" onClick={startGenerate}>
              {t.generateZones}
            </button>
            <button type="button" className="staff-button secondary" onClick={startOutline}>
              {t.generateFromBuilding}
            </button>
          </div>
        ) : null}
        {generate ? (
          <form
            className="staff-form"
            data-testid="generate-form"
            onSubmit={(event) => {
              event.preventDefault();
              void saveGenerated();
            }}
          >
            <p className="hint">{generate.phase === 'pick' ? t.generatePick : generate.phase === 'outline' ? t.generateOutlineHint : t.generateEdit}</p>
            {generate.phase === 'outline' ? (
              <>
                {generate.buildings.length ? (
                  <button type="button" className="staff-button secondary" aria-pressed={generate.isPickingBuilding} onClick={() => setGenerate({ ...generate, isPickingBuilding: !generate.isPickingBuilding })}>
                    {generate.isPickingBuilding ? t.generatePickingBuilding : t.generatePickBuilding}
                  </button>
                ) : (
                  <p className="meta">{t.generateNoBuildings}</p>
                )}
                <label htmlFor="generate-outline">{t.generateOutlinePaste}</label>
                <textarea id="generate-outline" rows={2} spellCheck={false} placeholder='{"type":"Polygon","coordinates":[…]}' value={generate.pasted} onChange={(e) => setGenerate({ ...generate, pasted: e.target.value })} />
              </>
            ) : null}
            {ZONE_KINDS.map((kind) => (
              <div key={kind} style={{ display: 'grid', gap: 2 }}>
                <label htmlFor={`radius-${kind}`}>{(generate.source === 'outline' ? t.generateDistance : t.generateRadius).replace('{kind}', t[KIND_KEYS[kind]])}</label>
                <input
                  id={`radius-${kind}`}
                  type="number"
                  min={generate.source === 'outline' && kind === 'sealed' ? 0 : 10}
                  max={20000}
                  step={10}
                  disabled={generate.phase === 'edit'}
                  value={generate.radii[kind]}
                  onChange={(e) => {
                    const radii = { ...generate.radii, [kind]: Number(e.target.value) };
                    radiiRef.current = radii;
                    setGenerate({ ...generate, radii });
                  }}
                />
              </div>
            ))}
            {generate.source === 'outline' ? <p className="meta">{t.generateSealedZero}</p> : null}
            {generate.phase === 'outline' ? (
              <button type="button" className="staff-button" onClick={generateFromOutline}>
                {t.generateRun}
              </button>
            ) : null}
            <p className="hint" id="generate-public-hint">{t.zonePublicHint}</p>
            <label htmlFor="generate-name">{t.zoneName}</label>
            <input id="generate-name" aria-describedby="generate-public-hint" value={generate.base} maxLength={150} onChange={(e) => setGenerate({ ...generate, base: e.target.value })} />
            <PersonalDataWarning text={generate.base} message={t.zoneNameWarning} warningOf={zoneTextWarning} />
            <label htmlFor="generate-from">{t.effectiveFrom}</label>
            <input id="generate-from" type="datetime-local" value={form.effectiveFrom} onChange={(e) => setForm({ ...form, effectiveFrom: e.target.value })} />
            <SaveCancel isSaving={isSaving} canSave={generate.phase === 'edit'} onCancel={stopDrawing} labels={t} />
          </form>
        ) : null}
        {notice ? (
          <ZoneNotice notice={notice} noticeRef={noticeRef} t={t} formatTime={formatTime} isBoundaryChanged={conflictBoundaryChanged} isSaving={isSaving} onUndo={undo} />
        ) : null}
        {editing ? (
          <form
            className="staff-form"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <p className="hint">{t.zoneEditorHint}</p>
            <label htmlFor="zone-kind">{t.zoneKind}</label>
            <select id="zone-kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as ZoneKind })}>
              {ZONE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t[KIND_KEYS[kind]]}
                </option>
              ))}
            </select>
            <p className="hint" id="zone-public-hint">{t.zonePublicHint}</p>
            <label htmlFor="zone-name">{t.zoneName}</label>
            <input id="zone-name" aria-describedby="zone-public-hint" value={form.name} maxLength={200} onChange={(e) => setForm({ ...form, name: e.target.value })} />
            <PersonalDataWarning text={form.name} message={t.zoneNameWarning} warningOf={zoneTextWarning} />
            <label htmlFor="zone-from">{t.effectiveFrom}</label>
            <input id="zone-from" type="datetime-local" value={form.effectiveFrom} onChange={(e) => setForm({ ...form, effectiveFrom: e.target.value })} />
            <label htmlFor="zone-lift">{t.plannedLift}</label>
            <input id="zone-lift" type="datetime-local" value={form.plannedLift} onChange={(e) => setForm({ ...form, plannedLift: e.target.value })} />
            <label htmlFor="zone-note">{t.zoneNote}</label>
            <textarea id="zone-note" aria-describedby="zone-public-hint" rows={2} maxLength={2000} value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} />
            <PersonalDataWarning text={form.note} message={t.zoneNoteWarning} warningOf={zoneTextWarning} />
            <label htmlFor="zone-geojson">{t.zonePasteGeoJson}</label>
            <textarea id="zone-geojson" rows={2} spellCheck={false} placeholder='{"type":"Polygon","coordinates":[…]}' value={form.pasted} onChange={(e) => setForm({ ...form, pasted: e.target.value })} />
            <SaveCancel isSaving={isSaving} onCancel={stopDrawing} labels={t} />
          </form>
        ) : null}
        <section data-testid="community-status">
          <h2>{t.communityStatusTitle}</h2>
          <p className="meta">
            {t.noEpidemicCount
              .replace('{n}', String(props.communityStatuses.filter((c) => c.status === 'no-epidemic').length))
              .replace('{total}', String(props.communityStatuses.length))
              .replace('{days}', String(props.noEpidemicDays))}
            {props.noEpidemicTarget !== null ? ` · ${t.noEpidemicTarget.replace('{target}', String(props.noEpidemicTarget))}` : ''}
          </p>
          <details>
            <summary className="hint">{t.communityStatusList}</summary>
            <ul className="status-list">
              {props.communityStatuses.map((c) => (
                <li key={c.name}>
                  {c.name}: {t[STATUS_KEYS[c.status]]}
                </li>
              ))}
            </ul>
          </details>
        </section>
        <h2>{t.zonesInForce}</h2>
        {inForce.length ? <ul className="zone-list">{inForce.map(zoneItem)}</ul> : <p className="hint">{t.noZones}</p>}
        {lifted.length ? (
          <>
            <h2>{t.liftedZones}</h2>
            <ul className="zone-list">{lifted.map(zoneItem)}</ul>
          </>
        ) : null}
      </aside>
      <div className="workspace-map">
        <MapProvider styleSetting={props.styleSetting} initialBounds={bounds} readySourceIds={['communities', 'zones']} labels={{ loading: t.mapLoading, failed: t.mapFailed, noWebgl: t.noWebgl }}>
          <GeoJsonLayers sourceId="communities" data={props.communities} layers={communityLayers('communities')} />
          <GeoJsonLayers sourceId="zones" data={shown} layers={zoneLayers('zones')} />
          <GeoJsonLayers sourceId="conflict-zone" data={conflictBoundary} layers={CONFLICT_LAYERS} />
          <ZoneDrawing
            onReady={(draw, map) => {
              drawRef.current = draw;
              mapRef.current = map;
            }}
            onChange={() => setDrawRevision((n) => n + 1)}
          />
        </MapProvider>
      </div>
    </main>
  );
}
