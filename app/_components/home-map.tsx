'use client';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { useCallback, useMemo, useState } from 'react';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { ZONE_KINDS } from '@/lib/enums';
import { caseTrackLayers } from '@/lib/map/layers/case-tracks';
import { caseDensityLayers, fromZoom } from '@/lib/map/layers/case-density';
import { CASE_LINES_MIN_ZOOM } from '@/lib/tiles/tile-params';
import { communityLayers, gridCellLayers } from '@/lib/map/layers/communities';
import { COMMUNITY_STATE, communityStatusLayers } from '@/lib/map/layers/community-status';
import { FeatureStates } from './map/feature-states';
import { zoneLayerIds, zoneLayers } from '@/lib/map/layers/zones';
import { zoneMarkerLayers, zoneMarkers } from '@/lib/map/layers/zone-markers';
import { theme } from '@/lib/map/theme';
import type { Locale, Messages } from '@/lib/i18n/messages';
import { MapProvider } from './map/map-provider';
import { GeoJsonLayers } from './map/geojson-layers';
import { VectorTileLayers } from './map/vector-tile-layers';
import { withSourceLayer } from '@/lib/map/layers/briefing';
import { MapPopups } from './map/map-popups';
import { MapLabels, type LabelSources } from './map/map-labels';
import { PlaceSearch } from './map/place-search';
import { LegendPanel, zoneSwatch, type LegendEntry } from './map/legend-panel';
import { CommunityCardPanel, FrameCommunity, SelectedCommunity } from './community-card';

export type HomeMapProps = {
  communities: FeatureCollection;
  /** Every community, for the keyboard-friendly "find a community" list (also when the map reads tiles). */
  communityNames: { id: number; name: string; district: string }[];
  /** Communities that are no-epidemic now (green on the map). */
  noEpidemicIds: number[];
  gridCells: FeatureCollection;
  zones: FeatureCollection<MultiPolygon, { kind: string; name: string }>;
  caseTracks: FeatureCollection;
  bounds?: [number, number, number, number];
  counts: string;
  locale: Locale;
  messages: Messages;
  timeZone: string;
  styleSetting?: string;
  /** Set when the data is large: zones, cases and communities come from vector tiles as of this instant. */
  tilesAt?: string;
};

const ZONE_LABELS = { sealed: ['zoneSealed', 'zoneSealedHint'], controlled: ['zoneControlled', 'zoneControlledHint'], precaution: ['zonePrecaution', 'zonePrecautionHint'] } as const;

const LABEL_SOURCES: LabelSources = { community: ['communities-fill'], zone: ZONE_KINDS.map((k) => `zones-fill-${k}`), 'grid-cell': ['grid-cells-outline'] };
const GEOJSON_SOURCES = ['communities', 'grid-cells', 'zones', 'zone-markers', 'case-tracks'];
const TILE_SOURCES = ['communities', 'grid-cells', 'zones', 'case-density', 'case-tracks'];

/**
 * The public overview map: communities, grid cells, zones by kind and published case tracks. At scale (vector
 * tiles) the tracks are a density heatmap below street zoom and lines and places from CASE_LINES_MIN_ZOOM on,
 * as on the briefing: a district of tracks drawn as lines is one solid blob.
 */
export function HomeMap(props: HomeMapProps) {
  const m = props.messages;
  const [communityId, setCommunityId] = useState<number | null>(null);
  /** A community picked from the list, to bring into view (one clicked on the map already is). */
  const [pickedId, setPickedId] = useState<number | null>(null);
  const closeCard = useCallback(() => {
    setCommunityId(null);
    setPickedId(null);
  }, []);
  const openFromMap = useCallback((id: number) => {
    setCommunityId(id);
    setPickedId(null);
  }, []);
  const communityLayerSpecs = useMemo(() => [...communityLayers('communities'), ...communityStatusLayers('communities')], []);
  const caseLayers = caseTrackLayers('case-tracks');
  const markers = useMemo(() => zoneMarkers(props.zones), [props.zones]);
  const entries: LegendEntry[] = [
    ...ZONE_KINDS.map((kind) => ({
      id: `zones-${kind}`,
      label: m[ZONE_LABELS[kind][0]],
      hint: m[ZONE_LABELS[kind][1]],
      layerIds: [...zoneLayerIds('zones', kind), `zone-markers-${kind}`],
      swatch: zoneSwatch(kind),
    })),
    ...(props.tilesAt
      ? [{ id: 'case-density', label: m.briefingCaseDensity, layerIds: ['case-density-heat'], swatch: { kind: 'area' as const, fill: theme.caseDensity[2], outline: theme.caseDensity[3] } }]
      : []),
    { id: 'case-places', label: m.casePlaces, layerIds: ['case-tracks-place'], swatch: { kind: 'dot', color: theme.caseTrack.place } },
    { id: 'case-movements', label: m.caseMovements, layerIds: ['case-tracks-halo', 'case-tracks-line'], swatch: { kind: 'line', color: theme.caseTrack.line } },
    { id: 'communities', label: m.communities, hint: m.legendCommunityHint, layerIds: ['communities-fill', 'communities-outline'], swatch: { kind: 'area', fill: '#eef1f3', outline: theme.community.outline } },
    {
      id: 'no-epidemic',
      label: m.legendNoEpidemic,
      layerIds: ['communities-no-epidemic-fill', 'communities-no-epidemic-outline'],
      swatch: { kind: 'area', fill: '#c8e6c9', outline: theme.noEpidemic.outline },
    },
    { id: 'grid-cells', label: m.gridCells, layerIds: ['grid-cells-outline'], swatch: { kind: 'line', color: theme.community.gridCell } },
  ];
  const bounds: LngLatBoundsLike | undefined = props.bounds
    ? [
        [props.bounds[0], props.bounds[1]],
        [props.bounds[2], props.bounds[3]],
      ]
    : undefined;
  return (
    <MapProvider
      styleSetting={props.styleSetting}
      initialBounds={bounds}
      readySourceIds={props.tilesAt ? TILE_SOURCES : GEOJSON_SOURCES}
      labels={{ loading: m.mapLoading, failed: m.mapFailed, noWebgl: m.noWebgl }}
    >
      {props.tilesAt ? (
        <>
          <VectorTileLayers sourceId="communities" tileUrl="/api/tiles/communities/{z}/{x}/{y}" layers={withSourceLayer(communityLayerSpecs, 'communities')} />
          <GeoJsonLayers sourceId="grid-cells" data={props.gridCells} layers={gridCellLayers('grid-cells')} />
          <VectorTileLayers sourceId="zones" tileUrl={`/api/tiles/zones/{z}/{x}/{y}?at=${encodeURIComponent(props.tilesAt)}`} layers={withSourceLayer(zoneLayers('zones'), 'zones')} />
          <VectorTileLayers sourceId="case-density" tileUrl={`/api/tiles/case-density/{z}/{x}/{y}?at=${encodeURIComponent(props.tilesAt)}`} layers={caseDensityLayers('case-density', 'case-density')} maxzoom={CASE_LINES_MIN_ZOOM} />
          <VectorTileLayers
            sourceId="case-tracks"
            tileUrl={`/api/tiles/cases/{z}/{x}/{y}?at=${encodeURIComponent(props.tilesAt)}`}
            layers={fromZoom(withSourceLayer(caseLayers, 'cases'), CASE_LINES_MIN_ZOOM)}
            minzoom={CASE_LINES_MIN_ZOOM}
          />
        </>
      ) : (
        <>
          <GeoJsonLayers sourceId="communities" data={props.communities} layers={communityLayerSpecs} />
          <GeoJsonLayers sourceId="grid-cells" data={props.gridCells} layers={gridCellLayers('grid-cells')} />
          <GeoJsonLayers sourceId="zones" data={props.zones} layers={zoneLayers('zones')} />
          <GeoJsonLayers sourceId="zone-markers" data={markers} layers={zoneMarkerLayers('zone-markers')} />
          <GeoJsonLayers sourceId="case-tracks" data={props.caseTracks} layers={caseLayers} />
        </>
      )}
      <MapPopups
        layerIds={['case-tracks-place', 'case-tracks-line', ...ZONE_KINDS.map((k) => `zones-fill-${k}`).reverse(), 'grid-cells-outline', 'communities-fill']}
        locale={props.locale}
        timeZone={props.timeZone}
        communityLayerId="communities-fill"
        onCommunity={openFromMap}
      />
      <MapLabels sources={LABEL_SOURCES} />
      <PlaceSearch messages={m} />
      <FeatureStates sourceId="communities" sourceLayer={props.tilesAt ? 'communities' : undefined} ids={props.noEpidemicIds} stateKey={COMMUNITY_STATE.noEpidemic} />
      <SelectedCommunity sourceId="communities" sourceLayer={props.tilesAt ? 'communities' : undefined} communityId={communityId} />
      <FrameCommunity sourceId="communities" sourceLayer={props.tilesAt ? 'communities' : undefined} communityId={pickedId} />
      {communityId !== null ? (
        <CommunityCardPanel communityId={communityId} locale={props.locale} timeZone={props.timeZone} messages={m} onClose={closeCard} />
      ) : null}
      <LegendPanel title={m.legend} counts={props.counts} entries={entries} dataBounds={bounds} zoomLabel={m.zoomToData} note={m.attributionDemo}>
        <label className="legend-find">
          {m.cardFind}
          <select
            value={communityId ?? ''}
            onChange={(e) => {
              const id = e.target.value ? Number(e.target.value) : null;
              setCommunityId(id);
              setPickedId(id);
            }}
            data-testid="find-community"
          >
            <option value="">—</option>
            {props.communityNames.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} · {c.district}
              </option>
            ))}
          </select>
        </label>
      </LegendPanel>
    </MapProvider>
  );
}
