'use client';
import type { FeatureCollection } from 'geojson';
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TerraDraw } from 'terra-draw';
import { fillMessage } from '@/lib/cases/describe-import';
import { communityLayers } from '@/lib/map/layers/communities';
import { conflictZoneLayers, zoneLayers } from '@/lib/map/layers/zones';
import { zonesApi } from '@/lib/staff-api/zones-api';
import type { CommunityStatus } from '@/lib/zones/community-status';
import { fromLocalInput, generatedZoneBodies } from '@/lib/zones/zone-form';
import { conflictOverlay, type ZoneNotice as Notice } from '@/lib/zones/zone-notice';
import type { WorkspaceZone } from '@/lib/zones/zone-types';
import type { ListQuery } from '@/lib/lists/list-query';
import { ListSearch } from '../_components/list-search';
import { useMapZones } from './_components/use-map-zones';
import { GeoJsonLayers } from '../../_components/map/geojson-layers';
import { MapProvider } from '../../_components/map/map-provider';
import { clearDrawing } from '../../_components/map/terra-draw-polygons';
import type { WorkspaceMapProps } from '../_components/workspace-props';
import { CommunityStatusSummary } from './_components/community-status-summary';
import { GenerateForm } from './_components/generate-form';
import { ZoneEditorForm } from './_components/zone-editor-form';
import { ZoneItem } from './_components/zone-item';
import { KIND_KEYS, ZoneNotice } from './_components/zone-notice';
import { useZoneEditor } from './use-zone-editor';
import { useZoneGenerate } from './use-zone-generate';
import { useZoneWrites } from './use-zone-writes';
import { ZoneDrawing } from './zone-drawing';

const CONFLICT_LAYERS = conflictZoneLayers('conflict-zone');

type Props = WorkspaceMapProps & {
  /** One server page of the zones list (see `listZonePage`); the map reads every zone from /api/zones. */
  zones: WorkspaceZone[];
  listing: { query: ListQuery; total: number };
  /** Changes with any zone written (`zonesSummary`): the map reads the zones again. */
  zonesRevision: string;
  /** How long a lift or step can be undone (settings.zoneUndoMinutes). */
  undoMinutes: number;
  communityStatuses: { name: string; status: CommunityStatus }[];
  noEpidemicTarget: number | null;
  noEpidemicDays: number;
};

/** The zones workspace: the list beside the map, the editor and generator forms, and terra-draw on the map. */
export function ZoneWorkspace(props: Props) {
  const t = props.messages;
  const router = useRouter();
  const drawRef = useRef<TerraDraw | null>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
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
  const { isSaving, write } = useZoneWrites({ conflictTemplate: t.zoneConflict, formatTime, setNotice });
  const generator = useZoneGenerate({ t, drawRef, mapRef, setNotice });
  const editor = useZoneEditor({ t, drawRef, mapRef, setNotice, write, onSaved: () => done({ kind: 'ok', text: t.zoneSaved }, true) });
  const { generate } = generator;
  const { editing, form } = editor;

  const stopDrawing = () => {
    clearDrawing(drawRef.current);
    editor.setEditing(null);
    generator.setGenerate(null);
  };
  const startNew = () => {
    generator.setGenerate(null);
    editor.startNew();
  };
  /** After a write: the message, the list reloaded, and (for a form's save) drawing stopped. */
  const done = (next: Notice, isFormSave = false) => {
    if (isFormSave) stopDrawing();
    setNotice(next);
    router.refresh();
  };

  const saveGenerated = async () => {
    if (!generate || generate.phase !== 'edit') return;
    const zones = generatedZoneBodies(drawRef.current?.getSnapshot() ?? [], generate.ids, { base: generate.base, effectiveFrom: fromLocalInput(form.effectiveFrom), kindName: (kind) => t[KIND_KEYS[kind]] });
    if (zones.length === 0) return setNotice({ kind: 'error', text: t.zoneInvalid.replace('{message}', 'nothing drawn') });
    if (await write(() => zonesApi().createMany(zones))) done({ kind: 'ok', text: t.zoneSaved }, true);
  };

  /** Lifting takes a zone off the public map: asked first, and undoable for props.undoMinutes. */
  const lift = async (zone: WorkspaceZone) => {
    if (!window.confirm(fillMessage(t.zoneLiftConfirm, { name: zone.name }))) return;
    const saved = await write(() => zonesApi().lift(zone.id, zone.version));
    if (saved) done({ kind: 'undo', text: fillMessage(t.zoneLifted, { name: zone.name, minutes: props.undoMinutes }), zoneId: zone.id, version: saved.version });
  };
  const confirmStep = async (zone: WorkspaceZone) => {
    const to = zone.proposal?.to;
    if (!to || !window.confirm(fillMessage(t.zoneStepConfirm, { name: zone.name, kind: t[KIND_KEYS[to]] }))) return;
    const saved = await write(() => zonesApi().step(zone.id, zone.version, to));
    if (saved) done({ kind: 'undo', text: fillMessage(t.zoneStepped, { name: saved.name, kind: t[KIND_KEYS[to]], minutes: props.undoMinutes }), zoneId: zone.id, version: saved.version });
  };
  const undo = async (zoneId: number, version: number) => {
    if (await write(() => zonesApi().undo(zoneId, version))) done({ kind: 'ok', text: t.zoneUndone });
  };
  const remove = async (zone: WorkspaceZone) => {
    if (!window.confirm(`${t.deleteZone}: ${zone.name}?`)) return;
    if (await write(() => zonesApi().remove(zone.id, zone.version))) done({ kind: 'ok', text: t.zoneSaved });
  };

  // Until the zones are read the map is not ready: 'zones-loading' names a source that never exists.
  const mapZones = useMapZones(props.zonesRevision);
  const shown = useMemo<FeatureCollection>(
    () => ({ type: 'FeatureCollection', features: mapZones.zones.features.filter((f) => f.id !== editing?.id) }),
    [mapZones.zones, editing?.id],
  );
  // After a conflict: the other editor's boundary on the map when it differs from the one being edited.
  const conflict = conflictOverlay(props.zones.find((z) => z.id === editing?.id)?.geometry, notice);
  const inForce = props.zones.filter((z) => !z.liftedAt);
  const lifted = props.zones.filter((z) => z.liftedAt);
  const bounds: LngLatBoundsLike | undefined = props.bounds ? [[props.bounds[0], props.bounds[1]], [props.bounds[2], props.bounds[3]]] : undefined;
  const zoneItem = (zone: WorkspaceZone) => (
    <ZoneItem key={zone.id} zone={zone} t={t} locale={props.locale} formatTime={formatTime} isSelected={editing?.id === zone.id} canEdit={props.canEdit} isSaving={isSaving} onStep={confirmStep} onReshape={editor.startReshape} onLift={lift} onRemove={remove} />
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
            <button type="button" className="staff-button secondary" onClick={generator.startGenerate}>
              {t.generateZones}
            </button>
            <button type="button" className="staff-button secondary" onClick={generator.startOutline}>
              {t.generateFromBuilding}
            </button>
          </div>
        ) : null}
        {generate ? (
          <GenerateForm
            generate={generate}
            t={t}
            effectiveFrom={form.effectiveFrom}
            isSaving={isSaving}
            onChange={generator.setGenerate}
            onRadius={generator.setRadius}
            onEffectiveFrom={(value) => editor.setForm({ ...form, effectiveFrom: value })}
            onRun={generator.generateFromOutline}
            onSave={() => void saveGenerated()}
            onCancel={stopDrawing}
          />
        ) : null}
        {notice ? <ZoneNotice notice={notice} noticeRef={noticeRef} t={t} formatTime={formatTime} isBoundaryChanged={conflict.isBoundaryChanged} isSaving={isSaving} onUndo={undo} /> : null}
        {editing ? <ZoneEditorForm form={form} t={t} isSaving={isSaving} onChange={editor.setForm} onSave={() => void editor.save()} onCancel={stopDrawing} /> : null}
        <CommunityStatusSummary statuses={props.communityStatuses} target={props.noEpidemicTarget} days={props.noEpidemicDays} t={t} />
        {mapZones.failed ? <p className="form-error" role="alert">{t.mapFailed}</p> : null}
        <ListSearch path="/staff/zones" query={props.listing.query} total={props.listing.total} what={t.listZonesWhat} messages={t} testId="zones-search" />
        {/* A page holds zones in force first, then lifted ones: a later page may hold only lifted zones. */}
        {inForce.length || (!lifted.length && !props.listing.query.q) ? <h2>{t.zonesInForce}</h2> : null}
        {inForce.length ? <ul className="zone-list">{inForce.map(zoneItem)}</ul> : !lifted.length && !props.listing.query.q ? <p className="hint">{t.noZones}</p> : null}
        {lifted.length ? (
          <>
            <h2>{t.liftedZones}</h2>
            <ul className="zone-list">{lifted.map(zoneItem)}</ul>
          </>
        ) : null}
      </aside>
      <div className="workspace-map">
        <MapProvider styleSetting={props.styleSetting} initialBounds={bounds} readySourceIds={mapZones.isLoaded ? ['communities', 'zones'] : ['communities', 'zones', 'zones-loading']} labels={{ loading: t.mapLoading, failed: t.mapFailed, noWebgl: t.noWebgl }}>
          <GeoJsonLayers sourceId="communities" data={props.communities} layers={communityLayers('communities')} />
          <GeoJsonLayers sourceId="zones" data={shown} layers={zoneLayers('zones')} />
          <GeoJsonLayers sourceId="conflict-zone" data={conflict.overlay} layers={CONFLICT_LAYERS} />
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
