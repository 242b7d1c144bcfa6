'use client';
import { useEffect } from 'react';
import type { MapMouseEvent } from 'maplibre-gl';
import type { LngLat } from '@/lib/trajectory/types';
import { useMap } from './map-provider';

export type CheckMapBehaviourProps = {
  /** Overlap to fly to: its index (the feature id in the `overlaps` source) and where the resident was closest. */
  selected: { index: number; closest: LngLat } | null;
  /** Bounds of the last result, to frame it once. */
  resultBounds: [number, number, number, number] | null;
  onClick: (lngLat: LngLat, communityId: string | null) => void;
};

/** The check map's interaction: frames the result, flies to a selected overlap, reports clicks with the community under them. */
export function CheckMapBehaviour({ selected, resultBounds, onClick }: CheckMapBehaviourProps) {
  const { map, isLoaded } = useMap();

  useEffect(() => {
    if (!map || !isLoaded) return;
    const handle = (event: MapMouseEvent) => {
      const [community] = map.getLayer('communities-fill') ? map.queryRenderedFeatures(event.point, { layers: ['communities-fill'] }) : [];
      onClick([event.lngLat.lng, event.lngLat.lat], community?.id === undefined ? null : String(community.id));
    };
    map.on('click', handle);
    return () => {
      map.off('click', handle);
    };
  }, [map, isLoaded, onClick]);

  useEffect(() => {
    if (!map || !isLoaded || !resultBounds) return;
    map.fitBounds(resultBounds, { padding: 40, maxZoom: 16, duration: 0 });
  }, [map, isLoaded, resultBounds]);

  useEffect(() => {
    if (!map || !isLoaded || !selected) return;
    map.setFeatureState({ source: 'overlaps', id: selected.index }, { selected: true });
    map.flyTo({ center: selected.closest, zoom: 16, duration: 600 });
    return () => {
      if (map.getSource('overlaps')) map.setFeatureState({ source: 'overlaps', id: selected.index }, { selected: false });
    };
  }, [map, isLoaded, selected]);

  return null;
}
