'use client';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useRef, useState, type RefObject } from 'react';
import type { TerraDraw } from 'terra-draw';
import type { ZoneKind } from '@/lib/enums';
import type { Messages } from '@/lib/i18n/messages';
import { buildingLayers } from '@/lib/map/building-layers';
import { readBuildingOutline, type OutlineRepair } from '@/lib/zones/building-outline';
import { drawnGeometry, polygonsOf } from '@/lib/zones/drawn-geometry';
import { outlineInput, repairKeys, startOutlineGenerate, startPointGenerate, withDrafts, type Generate } from '@/lib/zones/generate-state';
import { generateZones, generateZonesAroundOutline, type ZoneRadii } from '@/lib/zones/generate-zones';
import type { ZoneNotice } from '@/lib/zones/zone-notice';
import { pickPointOnce, placePolygons } from '../../_components/map/terra-draw-polygons';
import { useLayerPick } from '../../_components/map/use-layer-pick';

type Context = {
  t: Messages;
  drawRef: RefObject<TerraDraw | null>;
  mapRef: RefObject<MapLibreMap | null>;
  setNotice: (notice: ZoneNotice | null) => void;
};

const asPolygons = (geometry: Polygon | MultiPolygon) => (geometry.type === 'Polygon' ? [geometry] : polygonsOf(geometry));

/**
 * Generating three zones around a point or a building's outline, on the map: the phase, the radii, the
 * drafts on the drawing layer, and picking a building from the basemap.
 */
export function useZoneGenerate({ t, drawRef, mapRef, setNotice }: Context) {
  const [generate, setGenerate] = useState<Generate | null>(null);
  // The point is picked by a later click: it reads the radii as they are then.
  const radiiRef = useRef<ZoneRadii | null>(null);
  const invalid = (message: string): ZoneNotice => ({ kind: 'error', text: t.zoneInvalid.replace('{message}', message) });
  const repaired = (repairs: readonly OutlineRepair[]): ZoneNotice | null => (repairs.length ? { kind: 'ok', text: repairKeys(repairs).map((key) => t[key]).join(' ') } : null);

  /** Puts generated zones on the drawing layer, editable (a MultiPolygon as its polygons), and returns their ids by kind. */
  const placeDrafts = (zones: { kind: ZoneKind; geometry: Polygon | MultiPolygon }[]): Map<string, ZoneKind> => {
    const ids = new Map<string, ZoneKind>();
    const draw = drawRef.current;
    if (!draw) return ids;
    const parts = zones.flatMap((z) => asPolygons(z.geometry).map((geometry) => ({ geometry, properties: { kind: z.kind } })));
    const placed = placePolygons(draw, parts);
    placed.ids.forEach((id, i) => {
      if (id !== undefined) ids.set(id, parts[i].properties.kind);
    });
    if (placed.refused !== undefined) setNotice(invalid(placed.refused));
    return ids;
  };

  const startGenerate = () => {
    const map = mapRef.current;
    if (!map || !drawRef.current) return;
    drawRef.current.clear();
    setNotice(null);
    const state = startPointGenerate();
    radiiRef.current = state.radii;
    setGenerate(state);
    pickPointOnce(map, (lngLat) => {
      let ids = new Map<string, ZoneKind>();
      try {
        ids = placeDrafts(generateZones(lngLat, radiiRef.current ?? state.radii));
      } catch (error) {
        setNotice({ kind: 'error', text: (error as Error).message });
      }
      setGenerate((current) => (current ? withDrafts(current, ids) : current));
    });
  };

  const startOutline = () => {
    const draw = drawRef.current;
    const map = mapRef.current;
    if (!draw || !map) return;
    draw.clear();
    draw.setMode('polygon');
    setNotice(null);
    setGenerate(startOutlineGenerate(buildingLayers(map.getStyle().layers)));
  };

  /** The outline as drawn (or picked), or as pasted when something is pasted: checked, repaired, and shown on the drawing layer. */
  const generateFromOutline = () => {
    const draw = drawRef.current;
    if (!generate || !draw) return;
    const input = outlineInput(generate.pasted, drawnGeometry(draw.getSnapshot()));
    if ('problem' in input) return setNotice(input.problem === 'none' ? { kind: 'error', text: t.generateNoOutline } : invalid(input.message));
    const read = readBuildingOutline(input.input);
    if ('problem' in read) return setNotice(invalid(read.problem));
    let zones: ReturnType<typeof generateZonesAroundOutline>;
    try {
      zones = generateZonesAroundOutline(read.outline, generate.radii);
    } catch (error) {
      return setNotice({ kind: 'error', text: (error as Error).message });
    }
    setNotice(repaired(read.repairs));
    setGenerate(withDrafts(generate, placeDrafts(zones)));
  };

  const setRadius = (kind: ZoneKind, value: number) => {
    if (!generate) return;
    const radii = { ...generate.radii, [kind]: value };
    radiiRef.current = radii;
    setGenerate({ ...generate, radii });
  };

  // Picking a building: its outline, all its pieces, onto the drawing layer for adjusting.
  const getMap = useCallback(() => mapRef.current, [mapRef]);
  useLayerPick(getMap, generate?.buildings, generate?.isPickingBuilding ?? false, {
    onStart: () => drawRef.current?.setMode('static'),
    onPick: (pieces) => {
      const draw = drawRef.current;
      if (!draw) return;
      if (!pieces) return setNotice({ kind: 'error', text: t.generateNoBuildingHere });
      const read = readBuildingOutline(pieces);
      if ('problem' in read) return setNotice(invalid(read.problem));
      placePolygons(draw, asPolygons(read.outline).map((geometry) => ({ geometry })));
      setNotice(repaired(read.repairs));
      setGenerate((current) => (current ? { ...current, isPickingBuilding: false } : current));
    },
    // Picking turned off without a pick: back to drawing the outline.
    onStop: () => {
      const draw = drawRef.current;
      if (draw?.getMode() === 'static') draw.setMode('polygon');
    },
  });

  return { generate, setGenerate, startGenerate, startOutline, generateFromOutline, setRadius };
}
