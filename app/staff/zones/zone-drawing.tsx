'use client';
import { useEffect } from 'react';
import { TerraDraw, TerraDrawPolygonMode, TerraDrawSelectMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useMap } from '../../_components/map/map-provider';

declare global {
  interface Window {
    /** Test hook: the editor's drawing layer. */
    gridwatchDraw?: TerraDraw;
  }
}

/**
 * terra-draw on the workspace's map: a polygon mode to draw (click corner after corner, click the first
 * corner to close) and a select mode whose corners can be dragged, added (midpoints) and deleted.
 * Hands the instance up once it has started, and stops it on unmount.
 */
export function ZoneDrawing({ onReady, onChange }: { onReady: (draw: TerraDraw | null, map: MapLibreMap | null) => void; onChange: () => void }) {
  const { map, isLoaded } = useMap();
  useEffect(() => {
    if (!map || !isLoaded) return;
    const draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map }),
      modes: [
        new TerraDrawPolygonMode({ styles: { fillColor: '#1e5aa8', fillOpacity: 0.25, outlineColor: '#1e5aa8', outlineWidth: 2 } }),
        new TerraDrawSelectMode({
          flags: { polygon: { feature: { draggable: true, coordinates: { midpoints: true, draggable: true, deletable: true } } } },
        }),
      ],
    });
    draw.start();
    draw.on('change', onChange);
    draw.on('finish', (id, context) => {
      // A closed polygon goes straight to the select mode: its corners can be dragged at once, and a
      // stray click cannot start a second, empty polygon.
      if (context.action === 'draw' && draw.getMode() === 'polygon') {
        draw.setMode('select');
        draw.selectFeature(id);
      }
      onChange();
    });
    window.gridwatchDraw = draw;
    onReady(draw, map);
    return () => {
      onReady(null, null);
      if (window.gridwatchDraw === draw) window.gridwatchDraw = undefined;
      // The map may already be gone when the page unmounts.
      if (map.getStyle()) draw.stop();
    };
    // The callbacks are stable refs in the parent; the drawing lives as long as the map.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, isLoaded]);
  return null;
}
