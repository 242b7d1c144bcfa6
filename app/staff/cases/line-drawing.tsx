'use client';
import { TerraDrawLineStringMode, TerraDrawSelectMode, type TerraDraw } from 'terra-draw';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { theme } from '@/lib/map/theme';
import type { LngLat } from '@/lib/trajectory/types';
import { TerraDrawLayer } from '../_components/terra-draw-layer';

const createModes = () => [
  new TerraDrawLineStringMode({
    styles: { lineStringColor: theme.caseTrack.line, lineStringWidth: 3, closingPointColor: theme.caseTrack.line, closingPointWidth: 6, closingPointOutlineColor: '#ffffff', closingPointOutlineWidth: 2 },
  }),
  new TerraDrawSelectMode({
    flags: { linestring: { feature: { coordinates: { draggable: true, midpoints: true, deletable: true } } } },
    styles: { selectedLineStringColor: theme.caseTrack.line, selectedLineStringWidth: 3, selectionPointColor: theme.caseTrack.line, selectionPointWidth: 5, midPointColor: '#ffffff', midPointOutlineColor: theme.caseTrack.line },
  }),
];

/** The line on the drawing layer, to reshape: `feature` for terra-draw's select mode. */
export function lineFeature(lngLats: LngLat[]) {
  return { type: 'Feature' as const, geometry: { type: 'LineString' as const, coordinates: lngLats }, properties: { mode: 'linestring' } };
}

const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

/**
 * terra-draw's line mode for a case's movement: click vertex after vertex; clicking the last vertex again
 * (or Enter) finishes. The finished line is handed to `onLine` and leaves the drawing layer: from then on
 * it is a visit of the case, shown by the case-track layers. To reshape a movement its line comes back in
 * the select mode (drag a vertex, click a midpoint to add one, right-click one to delete it), and every
 * change is handed to `onReshape`.
 */
export function LineDrawing({
  onReady,
  onLine,
  onReshape,
}: {
  onReady: (draw: TerraDraw | null, map: MapLibreMap | null) => void;
  onLine: (lngLats: LngLat[]) => void;
  onReshape: (lngLats: LngLat[]) => void;
}) {
  return (
    <TerraDrawLayer
      createModes={createModes}
      onReady={onReady}
      onChange={(draw) => {
        if (draw.getMode() !== 'select') return;
        const line = draw.getSnapshot().find((f) => f.geometry.type === 'LineString');
        if (line?.geometry.type === 'LineString') onReshape(line.geometry.coordinates.map(([lng, lat]) => [round7(lng), round7(lat)]));
      }}
      onFinish={(draw, id, context) => {
        if (context.action !== 'draw') return;
        const feature = draw.getSnapshotFeature(id);
        draw.clear();
        draw.setMode('static');
        if (feature?.geometry.type === 'LineString') onLine(feature.geometry.coordinates.map(([lng, lat]) => [round7(lng), round7(lat)]));
      }}
    />
  );
}
