'use client';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { LABEL_MIN_ZOOM, labelAnchor, placeLabels, type LabelCandidate, type LabelKind, type PlacedLabel } from '@/lib/map/label-placement';
import { useMap } from './map-provider';

/** Which rendered layers name which kind of area (their features carry `name`). */
export type LabelSources = Partial<Record<LabelKind, string[]>>;

/** Candidates from what the map has drawn: one per feature (tile pieces merged by keeping the largest). */
function candidatesOf(map: MapLibreMap, sources: LabelSources): LabelCandidate[] {
  const zoom = map.getZoom();
  const best = new Map<string, { text: string; kind: LabelKind; geometry: Polygon | MultiPolygon; area: number }>();
  for (const [kind, layerIds] of Object.entries(sources) as [LabelKind, string[]][]) {
    const layers = layerIds.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
    if (zoom < LABEL_MIN_ZOOM[kind] || layers.length === 0) continue;
    for (const feature of map.queryRenderedFeatures({ layers })) {
      const name = feature.properties?.name;
      const geometry = feature.geometry;
      if (typeof name !== 'string' || !name || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
      const key = `${kind}:${feature.id ?? name}`;
      const anchor = labelAnchor(geometry);
      const previous = best.get(key);
      if (!previous || anchor.area > previous.area) best.set(key, { text: name, kind, geometry, area: anchor.area });
    }
  }
  return [...best.entries()].map(([key, c]) => {
    const point = map.project(labelAnchor(c.geometry).lngLat);
    return { key, text: c.text, kind: c.kind, x: point.x, y: point.y, size: c.area };
  });
}

/**
 * Names of communities, grid cells and zones over the map at the zooms where they fit, drawn as HTML (no
 * glyph server, no network, any script including CJK from the system fonts). Placed again after each move;
 * hidden while the map moves. The container carries `data-count` for tests.
 */
export function MapLabels({ sources }: { sources: LabelSources }) {
  const { map, isLoaded } = useMap();
  const [labels, setLabels] = useState<PlacedLabel[]>([]);
  const sourceKey = JSON.stringify(sources);
  useEffect(() => {
    if (!map || !isLoaded) return;
    const parsed = JSON.parse(sourceKey) as LabelSources;
    const place = () => {
      const canvas = map.getCanvas();
      setLabels(placeLabels(candidatesOf(map, parsed), { width: canvas.clientWidth, height: canvas.clientHeight }));
    };
    const hide = () => setLabels([]);
    map.on('moveend', place);
    map.on('idle', place);
    map.on('movestart', hide);
    return () => {
      map.off('moveend', place);
      map.off('idle', place);
      map.off('movestart', hide);
    };
  }, [map, isLoaded, sourceKey]);
  if (!map) return null;
  return createPortal(
    <div className="map-labels" data-testid="map-labels" data-count={labels.length} aria-hidden>
      {labels.map((l) => (
        <span key={l.key} className={`map-label ${l.kind}`} style={{ left: l.x, top: l.y }}>
          {l.text}
        </span>
      ))}
    </div>,
    map.getContainer(),
  );
}
