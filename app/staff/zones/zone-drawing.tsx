'use client';
import { TerraDrawPolygonMode, TerraDrawSelectMode, type TerraDraw } from 'terra-draw';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { TerraDrawLayer } from '../_components/terra-draw-layer';

const createModes = () => [
  new TerraDrawPolygonMode({ styles: { fillColor: '#1e5aa8', fillOpacity: 0.25, outlineColor: '#1e5aa8', outlineWidth: 2 } }),
  new TerraDrawSelectMode({
    flags: { polygon: { feature: { draggable: true, coordinates: { midpoints: true, draggable: true, deletable: true } } } },
  }),
];

/**
 * terra-draw for zones: a polygon mode to draw (click corner after corner, click the first corner to
 * close) and a select mode whose corners can be dragged, added (midpoints) and deleted.
 * `onDrawn` hears of each closed polygon (the building outline of "generate from a building").
 */
export function ZoneDrawing({ onReady, onChange, onDrawn }: { onReady: (draw: TerraDraw | null, map: MapLibreMap | null) => void; onChange: () => void; onDrawn?: (id: string) => void }) {
  return (
    <TerraDrawLayer
      createModes={createModes}
      onReady={onReady}
      onChange={onChange}
      onFinish={(draw, id, context) => {
        // A closed polygon goes straight to the select mode: its corners can be dragged at once, and a
        // stray click cannot start a second, empty polygon.
        if (context.action === 'draw' && draw.getMode() === 'polygon') {
          draw.setMode('select');
          draw.selectFeature(id);
          onDrawn?.(String(id));
        }
      }}
    />
  );
}
