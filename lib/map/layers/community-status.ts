import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { theme } from '../theme';

/** Feature-state keys the community status layers read (set per community id, for GeoJSON and vector tiles alike). */
export const COMMUNITY_STATE = { noEpidemic: 'noEpidemic', selected: 'selected' } as const;

const whenState = (key: string, on: number): ExpressionSpecification => ['case', ['boolean', ['feature-state', key], false], on, 0];

/**
 * Layers drawn over the community layers of the same source, driven by feature state so they work on
 * GeoJSON and vector-tile sources alike: no-epidemic communities filled and outlined in green
 * (`noEpidemic`), and the community whose card is open outlined in blue (`selected`).
 *
 * @example
 * communityStatusLayers('communities').map((l) => l.id) // → ['communities-no-epidemic-fill', 'communities-no-epidemic-outline', 'communities-selected']
 */
export function communityStatusLayers(sourceId: string): LayerSpecification[] {
  return [
    {
      id: `${sourceId}-no-epidemic-fill`,
      type: 'fill',
      source: sourceId,
      paint: { 'fill-color': theme.noEpidemic.fill, 'fill-opacity': whenState(COMMUNITY_STATE.noEpidemic, 0.16) },
    },
    {
      id: `${sourceId}-no-epidemic-outline`,
      type: 'line',
      source: sourceId,
      paint: {
        'line-color': theme.noEpidemic.outline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1.2, 15, 3],
        'line-opacity': whenState(COMMUNITY_STATE.noEpidemic, 1),
      },
    },
    {
      id: `${sourceId}-selected`,
      type: 'line',
      source: sourceId,
      paint: { 'line-color': theme.community.selected, 'line-width': 3.5, 'line-opacity': whenState(COMMUNITY_STATE.selected, 1) },
    },
  ];
}
