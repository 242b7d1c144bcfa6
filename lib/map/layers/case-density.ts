import type { LayerSpecification } from 'maplibre-gl';
import { CASE_LINES_MIN_ZOOM } from '@/lib/tiles/tile-params';
import { theme } from '../theme';

/**
 * Case tracks as density below street zoom: a heatmap of the visits (the `case-density` tile layer: one
 * point per grid cell weighted by its count of visits), fading out as the tracks themselves come in at
 * CASE_LINES_MIN_ZOOM. Needs no glyphs.
 *
 * @example
 * caseDensityLayers('case-density', 'case-density')[0] // → { id: 'case-density-heat', type: 'heatmap', maxzoom: 13, … }
 */
export function caseDensityLayers(sourceId: string, sourceLayer?: string): LayerSpecification[] {
  return [
    {
      id: `${sourceId}-heat`,
      type: 'heatmap',
      source: sourceId,
      ...(sourceLayer ? { 'source-layer': sourceLayer } : {}),
      maxzoom: CASE_LINES_MIN_ZOOM,
      paint: {
        // Each point stands for `count` visits merged in one grid cell of the tile (lib/db/queries/tiles.ts).
        'heatmap-weight': ['coalesce', ['get', 'count'], 1],
        // Low intensity and small radius further out, so a city of tracks shows where they concentrate, not a blanket.
        'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 9, 0.12, CASE_LINES_MIN_ZOOM, 0.6],
        'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 9, 4, CASE_LINES_MIN_ZOOM, 16],
        'heatmap-opacity': ['interpolate', ['linear'], ['zoom'], CASE_LINES_MIN_ZOOM - 1, 0.85, CASE_LINES_MIN_ZOOM, 0.4],
        'heatmap-color': [
          'interpolate',
          ['linear'],
          ['heatmap-density'],
          0,
          'rgba(0,0,0,0)',
          0.15,
          theme.caseDensity[0],
          0.45,
          theme.caseDensity[1],
          0.75,
          theme.caseDensity[2],
          1,
          theme.caseDensity[3],
        ],
      },
    } as LayerSpecification,
  ];
}

/**
 * The same layers, shown only from `minzoom` on (case lines and places at street zoom when density stands
 * for them further out).
 *
 * @example
 * fromZoom([{ id: 'a', type: 'line', source: 's' }], 13)[0].minzoom // → 13
 */
export function fromZoom(layers: LayerSpecification[], minzoom: number): LayerSpecification[] {
  return layers.map((layer) => ({ ...layer, minzoom }) as LayerSpecification);
}
