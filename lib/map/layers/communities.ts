import type { LayerSpecification } from 'maplibre-gl';
import { theme } from '../theme';

/**
 * Community layers: a faint fill (so a click anywhere inside finds the community) and an outline.
 *
 * @example
 * communityLayers('communities').map((l) => l.id) // → ['communities-fill', 'communities-outline']
 */
export function communityLayers(sourceId: string): LayerSpecification[] {
  return [
    { id: `${sourceId}-fill`, type: 'fill', source: sourceId, paint: { 'fill-color': theme.community.fill, 'fill-opacity': 0.06 } },
    {
      id: `${sourceId}-outline`,
      type: 'line',
      source: sourceId,
      paint: { 'line-color': theme.community.outline, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.6, 15, 1.8] },
    },
  ];
}

/**
 * Grid-cell outlines, shown from street zoom on where they would be clutter further out.
 *
 * @example
 * gridCellLayers('grid-cells')[0].id // → 'grid-cells-outline'
 */
export function gridCellLayers(sourceId: string): LayerSpecification[] {
  return [
    {
      id: `${sourceId}-outline`,
      type: 'line',
      source: sourceId,
      minzoom: 12,
      paint: { 'line-color': theme.community.gridCell, 'line-width': 0.8, 'line-dasharray': [2, 2] },
    },
  ];
}
