'use client';
import type { Geometry } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';

/** A basemap layer to pick features from, and where its features come from. */
export type PickLayer = { id: string; source: string; sourceLayer: string };

type Handlers = {
  /** Called when picking starts (e.g. to stop a drawing tool taking the clicks). */
  onStart?: () => void;
  /** The clicked feature's geometry with all its pieces (vector tiles cut a feature at tile edges); null for a click beside every feature. */
  onPick: (pieces: Geometry[] | null) => void;
  /** Called when picking stops, with or without a pick. */
  onStop?: () => void;
};

/**
 * While `isActive`, a click on one of `layers` picks that feature: the source's copies of it (all pieces)
 * when it has an id, else only the clicked piece. A pointer cursor shows picking is on.
 */
export function useLayerPick(getMap: () => MapLibreMap | null, layers: readonly PickLayer[] | undefined, isActive: boolean, handlers: Handlers): void {
  // The handlers change every render; the subscription follows only the map, the layers and `isActive`.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const map = getMap();
    if (!isActive || !map || !layers?.length) return;
    latest.current.onStart?.();
    map.getCanvas().style.cursor = 'pointer';
    const onClick = (event: { point: { x: number; y: number } }) => {
      const [hit] = map.queryRenderedFeatures([event.point.x, event.point.y], { layers: layers.map((l) => l.id) });
      if (!hit) return latest.current.onPick(null);
      const layer = layers.find((l) => l.id === hit.layer.id);
      const pieces = hit.id !== undefined && layer ? map.querySourceFeatures(layer.source, { sourceLayer: layer.sourceLayer, filter: ['==', ['id'], hit.id] }) : [];
      // The source's copies include the clicked one; without an id only the clicked piece is known.
      latest.current.onPick(pieces.length ? pieces.map((f) => f.geometry) : [hit.geometry]);
    };
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
      map.getCanvas().style.cursor = '';
      latest.current.onStop?.();
    };
  }, [getMap, layers, isActive]);
}
