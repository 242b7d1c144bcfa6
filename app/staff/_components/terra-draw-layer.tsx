'use client';
import { useEffect } from 'react';
import { TerraDraw } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useMap } from '../../_components/map/map-provider';

declare global {
  interface Window {
    /** Test hook: the editor's drawing layer. */
    gridwatchDraw?: TerraDraw;
  }
}

type Props = {
  /** The drawing modes, made once per map (terra-draw modes belong to one instance). */
  createModes: () => ConstructorParameters<typeof TerraDraw>[0]['modes'];
  onReady: (draw: TerraDraw | null, map: MapLibreMap | null) => void;
  onChange?: (draw: TerraDraw) => void;
  onFinish?: (draw: TerraDraw, id: string | number, context: { mode: string; action: string }) => void;
};

/**
 * terra-draw on a staff workspace's map with its MapLibre adapter: starts once the style has loaded, hands
 * the instance up, exposes it as `window.gridwatchDraw` for tests, and stops it on unmount.
 */
export function TerraDrawLayer({ createModes, onReady, onChange, onFinish }: Props) {
  const { map, isLoaded } = useMap();
  useEffect(() => {
    if (!map || !isLoaded) return;
    const draw = new TerraDraw({ adapter: new TerraDrawMapLibreGLAdapter({ map }), modes: createModes() });
    draw.start();
    if (onChange) draw.on('change', () => onChange(draw));
    draw.on('finish', (id, context) => {
      onFinish?.(draw, id, context);
      onChange?.(draw);
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
