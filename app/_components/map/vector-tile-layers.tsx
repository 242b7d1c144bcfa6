'use client';
import type { LayerSpecification, VectorTileSource } from 'maplibre-gl';
import { useEffect } from 'react';
import { useMap } from './map-provider';

type VectorProps = {
  sourceId: string;
  tileUrl: string;
  layers: LayerSpecification[];
  /** No tiles are requested below this zoom (the layers drawing them start there). */
  minzoom?: number;
  /** Tiles of this zoom are overzoomed beyond it. */
  maxzoom?: number;
};

/** One vector tile source and its layers; a new `tileUrl` (another `at`) swaps the tiles in place. */
export function VectorTileLayers({ sourceId, tileUrl, layers, minzoom = 0, maxzoom = 16 }: VectorProps) {
  const { map, isLoaded } = useMap();
  useEffect(() => {
    if (!map || !isLoaded) return;
    map.addSource(sourceId, { type: 'vector', tiles: [window.location.origin + tileUrl], minzoom, maxzoom });
    for (const layer of layers) map.addLayer(layer);
    return () => {
      if (!map.getStyle()) return;
      for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      if (map.getSource(sourceId)) map.removeSource(sourceId);
    };
    // Tile URL changes go through setTiles below; layers are fixed per source.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, isLoaded, sourceId]);
  useEffect(() => {
    (map?.getSource(sourceId) as VectorTileSource | undefined)?.setTiles([window.location.origin + tileUrl]);
  }, [map, sourceId, tileUrl]);
  return null;
}
