'use client';
import { useEffect } from 'react';
import { useMap } from './map-provider';

type Props = {
  sourceId: string;
  /** The tile layer, for a vector-tile source. */
  sourceLayer?: string;
  /** The features (by id) whose `stateKey` is true; every other feature's is false. */
  ids: readonly number[];
  stateKey: string;
};

/**
 * Sets a boolean feature state on the listed features of a source (GeoJSON or vector tiles: MapLibre
 * keeps state by id and applies it to tiles as they load), and clears it when the list changes.
 */
export function FeatureStates({ sourceId, sourceLayer, ids, stateKey }: Props) {
  const { map, isLoaded } = useMap();
  useEffect(() => {
    if (!map || !isLoaded || !map.getSource(sourceId)) return;
    for (const id of ids) map.setFeatureState({ source: sourceId, sourceLayer, id }, { [stateKey]: true });
    return () => {
      if (!map.getStyle() || !map.getSource(sourceId)) return;
      for (const id of ids) map.setFeatureState({ source: sourceId, sourceLayer, id }, { [stateKey]: false });
    };
  }, [map, isLoaded, sourceId, sourceLayer, ids, stateKey]);
  return null;
}
