'use client';
import { useEffect } from 'react';
import { useMap } from '../../_components/map/map-provider';

/** Calls `onClick` with the clicked `[lng, lat]` while `isActive` (adding a case's places by clicking). */
export function MapClicks({ isActive, onClick }: { isActive: boolean; onClick: (lngLat: [number, number]) => void }) {
  const { map, isLoaded } = useMap();
  useEffect(() => {
    if (!map || !isLoaded || !isActive) return;
    const handler = (event: { lngLat: { lng: number; lat: number } }) => onClick([event.lngLat.lng, event.lngLat.lat]);
    map.on('click', handler);
    map.getCanvas().style.cursor = 'crosshair';
    return () => {
      map.off('click', handler);
      map.getCanvas().style.cursor = '';
    };
  }, [map, isLoaded, isActive, onClick]);
  return null;
}
