'use client';
import { forwardRef } from 'react';
import type { FeatureCollection } from 'geojson';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { caseTrackLayers } from '@/lib/map/layers/case-tracks';
import { communityLayers } from '@/lib/map/layers/communities';
import { coverageAreaLayers, overlapLayers, residentTrackLayers } from '@/lib/map/layers/resident-track';
import { zoneLayers } from '@/lib/map/layers/zones';
import { MapProvider } from '@/app/_components/map/map-provider';
import { GeoJsonLayers } from '@/app/_components/map/geojson-layers';
import { CheckMapBehaviour, type CheckMapBehaviourProps } from '@/app/_components/map/check-map-behaviour';
import { CheckMapLegend } from '@/app/_components/map/check-map-legend';

const SOURCES = ['communities', 'zones', 'coverage-area', 'case-tracks', 'resident-track', 'overlaps'];
const LAYERS = {
  communities: communityLayers('communities'),
  zones: zoneLayers('zones'),
  coverageArea: coverageAreaLayers('coverage-area'),
  caseTracks: caseTrackLayers('case-tracks'),
  resident: residentTrackLayers('resident-track'),
  overlaps: overlapLayers('overlaps'),
};

export type CheckMapProps = CheckMapBehaviourProps & {
  label: string;
  labels: { loading: string; failed: string; noWebgl: string };
  legend: React.ComponentProps<typeof CheckMapLegend>['labels'];
  styleSetting?: string;
  bounds?: [number, number, number, number];
  communities: FeatureCollection;
  zones: FeatureCollection;
  coverageArea: FeatureCollection;
  caseTracks: FeatureCollection;
  residentTrack: FeatureCollection;
  overlaps: FeatureCollection;
};

/** The check's map: zones and communities for context, the data's area, the resident's path, the cases' tracks and the overlaps. */
export const CheckMap = forwardRef<HTMLDivElement, CheckMapProps>(function CheckMap(props, ref) {
  const bounds: LngLatBoundsLike | undefined = props.bounds
    ? [
        [props.bounds[0], props.bounds[1]],
        [props.bounds[2], props.bounds[3]],
      ]
    : undefined;
  return (
    <div className="check-map" role="region" aria-label={props.label} ref={ref}>
      <MapProvider styleSetting={props.styleSetting} initialBounds={bounds} readySourceIds={SOURCES} labels={props.labels}>
        <GeoJsonLayers sourceId="communities" data={props.communities} layers={LAYERS.communities} />
        <GeoJsonLayers sourceId="zones" data={props.zones} layers={LAYERS.zones} />
        <GeoJsonLayers sourceId="coverage-area" data={props.coverageArea} layers={LAYERS.coverageArea} />
        <GeoJsonLayers sourceId="case-tracks" data={props.caseTracks} layers={LAYERS.caseTracks} />
        <GeoJsonLayers sourceId="resident-track" data={props.residentTrack} layers={LAYERS.resident} />
        <GeoJsonLayers sourceId="overlaps" data={props.overlaps} layers={LAYERS.overlaps} />
        <CheckMapBehaviour selected={props.selected} resultBounds={props.resultBounds} onClick={props.onClick} />
      </MapProvider>
      <CheckMapLegend labels={props.legend} />
    </div>
  );
});
