import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { theme } from '../theme';

const isLine: FilterSpecification = ['==', ['geometry-type'], 'LineString'];
const isPoint: FilterSpecification = ['==', ['geometry-type'], 'Point'];

/**
 * The resident's own trajectory: movements as a dashed line (so it stays apart from the solid case
 * tracks in black-and-white too), stays as rings.
 *
 * @example
 * residentTrackLayers('resident-track').map((l) => l.id) // → ['resident-track-line', 'resident-track-place']
 */
export function residentTrackLayers(sourceId: string): LayerSpecification[] {
  return [
    {
      id: `${sourceId}-line`,
      type: 'line',
      source: sourceId,
      filter: isLine,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': theme.residentTrack.line, 'line-width': 3, 'line-dasharray': [2, 1] },
    },
    {
      id: `${sourceId}-place`,
      type: 'circle',
      source: sourceId,
      filter: isPoint,
      paint: {
        'circle-color': '#ffffff',
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 4, 16, 9],
        'circle-stroke-color': theme.residentTrack.place,
        'circle-stroke-width': 3,
      },
    },
  ];
}

/**
 * The stretches of the resident's trajectory that overlapped a case: a wide line, or a ring where the
 * overlap was a stay; the selected overlap (feature-state `selected`) is drawn wider still.
 *
 * @example
 * overlapLayers('overlaps').map((l) => l.id) // → ['overlaps-line', 'overlaps-place']
 */
export function overlapLayers(sourceId: string): LayerSpecification[] {
  return [
    {
      id: `${sourceId}-line`,
      type: 'line',
      source: sourceId,
      filter: isLine,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': theme.overlap.line, 'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 10, 7], 'line-opacity': 0.85 },
    },
    {
      id: `${sourceId}-place`,
      type: 'circle',
      source: sourceId,
      filter: isPoint,
      paint: {
        'circle-color': theme.overlap.line,
        'circle-opacity': 0.35,
        'circle-radius': ['case', ['boolean', ['feature-state', 'selected'], false], 20, 14],
        'circle-stroke-color': theme.overlap.line,
        'circle-stroke-width': 3,
      },
    },
  ];
}

/**
 * The published data's area on the check map (coverage): a dashed outline only.
 *
 * @example
 * coverageAreaLayers('coverage-area').map((l) => l.id) // → ['coverage-area-outline']
 */
export function coverageAreaLayers(sourceId: string): LayerSpecification[] {
  return [
    {
      id: `${sourceId}-outline`,
      type: 'line',
      source: sourceId,
      paint: { 'line-color': theme.coverageArea.outline, 'line-width': 1.5, 'line-dasharray': [3, 2], 'line-opacity': 0.8 },
    },
  ];
}
