'use client';
import { useEffect } from 'react';
import type { FeatureCollection } from 'geojson';
import type { LngLatBoundsLike, MapMouseEvent } from 'maplibre-gl';
import { caseTrackLayers } from '@/lib/map/layers/case-tracks';
import { communityLayers } from '@/lib/map/layers/communities';
import { overlapLayers, residentTrackLayers } from '@/lib/map/layers/resident-track';
import { zoneLayers } from '@/lib/map/layers/zones';
import type { LngLat } from '@/lib/trajectory/types';
import { MapProvider, useMap } from '@/app/_components/map/map-provider';
import { GeoJsonLayers } from '@/app/_components/map/geojson-layers';

const SOURCES = ['communities', 'zones', 'case-tracks', 'resident-track', 'overlaps'];
const LAYERS = {
  communities: communityLayers('communities'),
  zones: zoneLayers('zones'),
  caseTracks: caseTrackLayers('case-tracks'),
  resident: residentTrackLayers('resident-track'),
  overlaps: overlapLayers('overlaps'),
};

export type CheckMapProps = {
  label: string;
  labels: { loading: string; failed: string; noWebgl: string };
  styleSetting?: string;
  bounds?: [number, number, number, number];
  communities: FeatureCollection;
  zones: FeatureCollection;
  caseTracks: FeatureCollection;
  residentTrack: FeatureCollection;
  overlaps: FeatureCollection;
  /** Overlap to fly to: its index (the feature id in `overlaps`) and where the resident was closest. */
  selected: { index: number; closest: LngLat } | null;
  /** Bounds of the last result, to frame it once. */
  resultBounds: [number, number, number, number] | null;
  onClick: (lngLat: LngLat, communityId: string | null) => void;
};

/** Frames the result, flies to a selected overlap and reports clicks (with the community under them). */
function MapBehaviour({ selected, resultBounds, onClick }: Pick<CheckMapProps, 'selected' | 'resultBounds' | 'onClick'>) {
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

/** The check's map: zones and communities for context, the resident's path, the cases' tracks and the overlaps. */
export function CheckMap(props: CheckMapProps) {
  const bounds: LngLatBoundsLike | undefined = props.bounds
    ? [
        [props.bounds[0], props.bounds[1]],
        [props.bounds[2], props.bounds[3]],
      ]
    : undefined;
  return (
    <div className="check-map" role="region" aria-label={props.label}>
      <MapProvider styleSetting={props.styleSetting} initialBounds={bounds} readySourceIds={SOURCES} labels={props.labels}>
        <GeoJsonLayers sourceId="communities" data={props.communities} layers={LAYERS.communities} />
        <GeoJsonLayers sourceId="zones" data={props.zones} layers={LAYERS.zones} />
        <GeoJsonLayers sourceId="case-tracks" data={props.caseTracks} layers={LAYERS.caseTracks} />
        <GeoJsonLayers sourceId="resident-track" data={props.residentTrack} layers={LAYERS.resident} />
        <GeoJsonLayers sourceId="overlaps" data={props.overlaps} layers={LAYERS.overlaps} />
        <MapBehaviour selected={props.selected} resultBounds={props.resultBounds} onClick={props.onClick} />
      </MapProvider>
    </div>
  );
}
