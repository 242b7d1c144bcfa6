'use client';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useState, type RefObject } from 'react';
import type { TerraDraw } from 'terra-draw';
import type { Messages } from '@/lib/i18n/messages';
import type { ZoneAnswer } from '@/lib/staff-api/zones-api';
import { zonesApi } from '@/lib/staff-api/zones-api';
import { drawnGeometry, polygonsOf } from '@/lib/zones/drawn-geometry';
import { emptyZoneForm, readPastedBoundary, zoneFormOf, zoneSaveBody, type ZoneForm } from '@/lib/zones/zone-form';
import type { ZoneNotice } from '@/lib/zones/zone-notice';
import type { WorkspaceZone, ZoneSnapshot } from '@/lib/zones/zone-types';
import { flyToGeometry, placePolygons, selectFirst } from '../../_components/map/terra-draw-polygons';

type Context = {
  t: Messages;
  drawRef: RefObject<TerraDraw | null>;
  mapRef: RefObject<MapLibreMap | null>;
  setNotice: (notice: ZoneNotice | null) => void;
  write: (call: () => Promise<ZoneAnswer>) => Promise<ZoneSnapshot | null>;
  /** After a save: stop drawing, say so, and reload the list. */
  onSaved: () => void;
};

/** Drawing a new zone or reshaping one: which zone is edited (and the version read), its form, and the save. */
export function useZoneEditor({ t, drawRef, mapRef, setNotice, write, onSaved }: Context) {
  const [editing, setEditing] = useState<{ id: number | null; version?: number } | null>(null);
  const [form, setForm] = useState<ZoneForm>(() => emptyZoneForm());

  const startNew = () => {
    const draw = drawRef.current;
    if (!draw) return;
    draw.clear();
    draw.setMode('polygon');
    setForm(emptyZoneForm());
    setNotice(null);
    setEditing({ id: null });
  };

  const startReshape = (zone: WorkspaceZone) => {
    const draw = drawRef.current;
    if (!draw) return;
    // Selected, so its corners show as handles to drag; the map flies to it.
    selectFirst(draw, placePolygons(draw, polygonsOf(zone.geometry).map((geometry) => ({ geometry }))).ids);
    flyToGeometry(mapRef.current, zone.geometry);
    setForm(zoneFormOf(zone));
    setNotice(null);
    setEditing({ id: zone.id, version: zone.version });
  };

  const save = async () => {
    if (!editing) return;
    // A boundary pasted from another tool replaces the drawing; the server checks it like a drawn one.
    const pasted = readPastedBoundary(form.pasted);
    if (pasted && 'error' in pasted) return setNotice({ kind: 'error', text: t.zoneInvalid.replace('{message}', pasted.error) });
    const geometry = pasted ? pasted.geometry : drawnGeometry(drawRef.current?.getSnapshot() ?? []);
    const body = zoneSaveBody(form, geometry, editing.version);
    const id = editing.id;
    if (await write(() => (id === null ? zonesApi().create(body) : zonesApi().update(id, body)))) onSaved();
  };

  return { editing, setEditing, form, setForm, startNew, startReshape, save };
}
