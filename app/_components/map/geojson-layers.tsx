'use client';
import type { GeoJSONSource, LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { useEffect } from 'react';
import { useMap } from './map-provider';

type Props = {
  sourceId: string;
  data: FeatureCollection;
  layers: LayerSpecification[];
  /** Layers start hidden when false (the legend's toggles own visibility afterwards). */
  isVisible?: boolean;
};

/**
 * One GeoJSON source and its layers: added once the style has loaded, fed new data with setData,
 * and removed (layers before source) on unmount.
 */
export function GeoJsonLayers({ sourceId, data, layers, isVisible = true }: Props) {
  const { map, isLoaded } = useMap();

  useEffect(() => {
    if (!map || !isLoaded) return;
    map.addSource(sourceId, { type: 'geojson', data });
    for (const layer of layers) {
      map.addLayer({ ...layer, layout: { ...('layout' in layer ? layer.layout : {}), visibility: isVisible ? 'visible' : 'none' } } as LayerSpecification);
    }
    return () => {
      if (!map.getStyle()) return;
      for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      if (map.getSource(sourceId)) map.removeSource(sourceId);
    };
    // Data changes go through setData below; layers are fixed per source.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, isLoaded, sourceId]);

  useEffect(() => {
    (map?.getSource(sourceId) as GeoJSONSource | undefined)?.setData(data);
  }, [map, sourceId, data]);

  return null;
}
