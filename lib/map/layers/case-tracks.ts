import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { theme } from '../theme';

/**
 * Case track layers from the interchange format: movements as lines (with a white halo so they read
 * over zone fills), stays as circles.
 *
 * @example
 * caseTrackLayers('case-tracks').map((l) => l.id) // → ['case-tracks-halo', 'case-tracks-line', 'case-tracks-place']
 */
export function caseTrackLayers(sourceId: string): LayerSpecification[] {
  const isMovement: FilterSpecification = ['==', ['geometry-type'], 'LineString'];
  return [
    {
      id: `${sourceId}-halo`,
      type: 'line',
      source: sourceId,
      filter: isMovement,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': theme.caseTrack.halo, 'line-width': 5, 'line-opacity': 0.8 },
    },
    {
      id: `${sourceId}-line`,
      type: 'line',
      source: sourceId,
      filter: isMovement,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': theme.caseTrack.line, 'line-width': 2.5 },
    },
    {
      id: `${sourceId}-place`,
      type: 'circle',
      source: sourceId,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-color': theme.caseTrack.place,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 3.5, 16, 8],
        'circle-stroke-color': theme.caseTrack.placeStroke,
        'circle-stroke-width': 1.5,
      },
    },
  ];
}

/**
 * The vertices of a movement being edited in the staff workspace, the one whose time is being typed
 * (`isFocused`) larger and in the overlap colour, so a row of the time table can be found on the map.
 *
 * @example
 * movementVertexLayers('line-vertices').map((l) => l.id) // → ['line-vertices-vertex']
 */
export function movementVertexLayers(sourceId: string): LayerSpecification[] {
  const isFocused: FilterSpecification = ['==', ['get', 'isFocused'], true];
  return [
    {
      id: `${sourceId}-vertex`,
      type: 'circle',
      source: sourceId,
      paint: {
        'circle-color': ['case', isFocused, theme.overlap.line, theme.caseTrack.placeStroke],
        'circle-radius': ['case', isFocused, 8, 4],
        'circle-stroke-color': theme.caseTrack.line,
        'circle-stroke-width': 2,
      },
    },
  ];
}
