'use client';
import { TerraDrawLineStringMode, type TerraDraw } from 'terra-draw';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { theme } from '@/lib/map/theme';
import type { LngLat } from '@/lib/trajectory/types';
import { TerraDrawLayer } from '../_components/terra-draw-layer';

const createModes = () => [
  new TerraDrawLineStringMode({
    styles: { lineStringColor: theme.caseTrack.line, lineStringWidth: 3, closingPointColor: theme.caseTrack.line, closingPointWidth: 6, closingPointOutlineColor: '#ffffff', closingPointOutlineWidth: 2 },
  }),
];

const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

/**
 * terra-draw's line mode for a case's movement: click vertex after vertex; clicking the last vertex again
 * (or Enter) finishes. The finished line is handed to `onLine` and leaves the drawing layer: from then on
 * it is a visit of the case, shown by the case-track layers.
 */
export function LineDrawing({ onReady, onLine }: { onReady: (draw: TerraDraw | null, map: MapLibreMap | null) => void; onLine: (lngLats: LngLat[]) => void }) {
  return (
    <TerraDrawLayer
      createModes={createModes}
      onReady={onReady}
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
