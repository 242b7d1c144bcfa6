import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { theme } from '../theme';

/**
 * Layers drawn over the community layers of the same source: no-epidemic communities filled and outlined
 * in green (features carry `isNoEpidemic`), and the community whose card is open outlined through the
 * feature state `selected`.
 *
 * @example
 * communityStatusLayers('communities').map((l) => l.id) // → ['communities-no-epidemic-fill', 'communities-no-epidemic-outline', 'communities-selected']
 */
export function communityStatusLayers(sourceId: string): LayerSpecification[] {
  const isNoEpidemic = ['==', ['get', 'isNoEpidemic'], true] as const;
  return [
    { id: `${sourceId}-no-epidemic-fill`, type: 'fill', source: sourceId, filter: isNoEpidemic as never, paint: { 'fill-color': theme.noEpidemic.fill, 'fill-opacity': 0.16 } },
    {
      id: `${sourceId}-no-epidemic-outline`,
      type: 'line',
      source: sourceId,
      filter: isNoEpidemic as never,
      paint: { 'line-color': theme.noEpidemic.outline, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1.2, 15, 3] },
    },
    {
      id: `${sourceId}-selected`,
      type: 'line',
      source: sourceId,
      paint: {
        'line-color': theme.community.selected,
        'line-width': 3.5,
        'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0],
      },
    },
  ];
}

/**
 * The communities with their no-epidemic status as a property the layers above filter on. Does not mutate
 * its input; features without a status get `isNoEpidemic: false`.
 *
 * @example
 * withNoEpidemicStatus(communities, new Map([[12, true]])).features[0].properties.isNoEpidemic // → true for id 12
 */
export function withNoEpidemicStatus<G extends Geometry, P extends object>(
  communities: FeatureCollection<G, P>,
  isNoEpidemicById: ReadonlyMap<number, boolean>,
): FeatureCollection<G, P & { isNoEpidemic: boolean }> {
  return {
    ...communities,
    features: communities.features.map((f) => ({ ...f, properties: { ...f.properties, isNoEpidemic: isNoEpidemicById.get(Number(f.id)) === true } })),
  };
}
