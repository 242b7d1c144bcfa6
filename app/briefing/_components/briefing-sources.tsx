'use client';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { useMemo } from 'react';
import type { MapSourceMode } from '@/lib/briefing/map-source-mode';
import type { Briefing } from '@/lib/db/queries/briefing';
import { caseDensityLayers, fromZoom } from '@/lib/map/layers/case-density';
import { caseTrackLayers } from '@/lib/map/layers/case-tracks';
import { communityLayers, gridCellLayers } from '@/lib/map/layers/communities';
import { communityStatusLayers } from '@/lib/map/layers/community-status';
import { zoneLayers } from '@/lib/map/layers/zones';
import { changedZoneLayers, newCaseLayers, withSourceLayer, zoneHatchLayers } from '@/lib/map/layers/briefing';
import { CASE_LINES_MIN_ZOOM } from '@/lib/tiles/tile-params';
import { GeoJsonLayers } from '@/app/_components/map/geojson-layers';
import { VectorTileLayers } from '@/app/_components/map/vector-tile-layers';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Which sources must be loaded before the briefing map says it is ready. */
export const briefingSourceIds = (mode: MapSourceMode) =>
  mode === 'tiles' ? ['communities', 'grid-cells', 'zones', 'case-density', 'case-tracks', 'changes'] : ['communities', 'grid-cells', 'zones', 'case-tracks', 'changes'];

/** Fill, hatching and outline per kind, precaution first so sealed draws on top. */
function briefingZoneLayers(sourceId: string): LayerSpecification[] {
  const base = zoneLayers(sourceId);
  const hatch = zoneHatchLayers(sourceId);
  return hatch.flatMap((h, i) => [base[2 * i], h, base[2 * i + 1]]);
}

type Props = { mode: MapSourceMode; briefing: Briefing; communities: FeatureCollection | null; gridCells: FeatureCollection | null; at: string; trackDays: number };

/**
 * The briefing's map data: GeoJSON in the page when small; vector tiles at scale, where case tracks are a
 * density heatmap below street zoom and lines and places from CASE_LINES_MIN_ZOOM on (their tiles are not
 * even requested further out).
 */
export function BriefingSources({ mode, briefing, communities, gridCells, at, trackDays }: Props) {
  const communitySpecs = useMemo(() => [...communityLayers('communities'), ...communityStatusLayers('communities').filter((l) => l.id === 'communities-selected')], []);
  const zones = useMemo(() => briefingZoneLayers('zones'), []);
  const since = briefing.changes.since;
  const caseLayers = useMemo(() => [...caseTrackLayers('case-tracks'), ...newCaseLayers('case-tracks', since)], [since]);
  const tileQuery = `at=${encodeURIComponent(at)}`;
  return (
    <>
      {mode === 'geojson' ? (
        <>
          <GeoJsonLayers sourceId="communities" data={communities ?? EMPTY} layers={communitySpecs} />
          <GeoJsonLayers sourceId="grid-cells" data={gridCells ?? EMPTY} layers={gridCellLayers('grid-cells')} />
          <GeoJsonLayers sourceId="zones" data={briefing.zones ?? EMPTY} layers={zones} />
          <GeoJsonLayers sourceId="case-tracks" data={briefing.caseVisits ?? EMPTY} layers={caseLayers} />
        </>
      ) : (
        <>
          <VectorTileLayers sourceId="communities" tileUrl="/api/tiles/communities/{z}/{x}/{y}" layers={withSourceLayer(communitySpecs, 'communities')} />
          <GeoJsonLayers sourceId="grid-cells" data={gridCells ?? EMPTY} layers={gridCellLayers('grid-cells')} />
          <VectorTileLayers sourceId="zones" tileUrl={`/api/tiles/zones/{z}/{x}/{y}?${tileQuery}`} layers={withSourceLayer(zones, 'zones')} />
          <VectorTileLayers sourceId="case-density" tileUrl={`/api/tiles/case-density/{z}/{x}/{y}?${tileQuery}&days=${trackDays}`} layers={caseDensityLayers('case-density', 'case-density')} maxzoom={CASE_LINES_MIN_ZOOM} />
          <VectorTileLayers
            sourceId="case-tracks"
            tileUrl={`/api/tiles/cases/{z}/{x}/{y}?${tileQuery}&days=${trackDays}`}
            layers={fromZoom(withSourceLayer(caseLayers, 'cases'), CASE_LINES_MIN_ZOOM)}
            minzoom={CASE_LINES_MIN_ZOOM}
          />
        </>
      )}
      <GeoJsonLayers sourceId="changes" data={briefing.changes.zoneShapes} layers={changedZoneLayers('changes')} />
    </>
  );
}
