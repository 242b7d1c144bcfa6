import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { ZONE_KINDS } from '@/lib/enums';
import { hatchImageId } from '../hatch-patterns';
import { theme } from '../theme';

/**
 * Hatching over each zone kind's fill (`fill-pattern` with the images from `hatchPattern`), so kinds
 * stay apart in black-and-white print; drawn in the same precaution → sealed order as the fills.
 *
 * @example
 * zoneHatchLayers('zones').map((l) => l.id) // → ['zones-hatch-precaution', 'zones-hatch-controlled', 'zones-hatch-sealed']
 */
export function zoneHatchLayers(sourceId: string): LayerSpecification[] {
  return [...ZONE_KINDS].reverse().map(
    (kind): LayerSpecification => ({
      id: `${sourceId}-hatch-${kind}`,
      type: 'fill',
      source: sourceId,
      filter: ['==', ['get', 'kind'], kind],
      paint: { 'fill-pattern': hatchImageId(kind) },
    }),
  );
}

/**
 * Zones declared (thick solid), stepped to another kind (thick dashed) or lifted (thick dotted, no fill) in
 * the briefing's window, over everything else.
 *
 * @example
 * changedZoneLayers('changes').map((l) => l.id) // → ['changes-declared', 'changes-stepped', 'changes-lifted']
 */
export function changedZoneLayers(sourceId: string): LayerSpecification[] {
  return [
    {
      id: `${sourceId}-declared`,
      type: 'line',
      source: sourceId,
      filter: ['==', ['get', 'change'], 'declared'],
      paint: { 'line-color': theme.change.added, 'line-width': 5, 'line-opacity': 0.9 },
    },
    {
      id: `${sourceId}-stepped`,
      type: 'line',
      source: sourceId,
      filter: ['==', ['get', 'change'], 'stepped'],
      paint: { 'line-color': theme.change.added, 'line-width': 4, 'line-dasharray': [3, 1.5] },
    },
    {
      id: `${sourceId}-lifted`,
      type: 'line',
      source: sourceId,
      filter: ['==', ['get', 'change'], 'lifted'],
      paint: { 'line-color': theme.change.lifted, 'line-width': 4, 'line-dasharray': [0.5, 1.5] },
    },
  ];
}

/**
 * Filter for case places reported after `since` (ISO strings compare in time order).
 *
 * @example
 * newCaseFilter('2020-03-10T11:00:00.000Z') // → ['all', ['==', ['geometry-type'], 'Point'], ['>', ['get', 'reportedAt'], '2020-03-10T11:00:00.000Z']]
 */
export function newCaseFilter(since: string): FilterSpecification {
  return ['all', ['==', ['geometry-type'], 'Point'], ['>', ['get', 'reportedAt'], since]];
}

/**
 * A ring around places of newly reported cases, so "what is new today" stands out.
 *
 * @example
 * newCaseLayers('case-tracks', '2020-03-10T11:00:00.000Z')[0].id // → 'case-tracks-new'
 */
export function newCaseLayers(sourceId: string, since: string): LayerSpecification[] {
  return [
    {
      id: `${sourceId}-new`,
      type: 'circle',
      source: sourceId,
      filter: newCaseFilter(since),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 8, 16, 14],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': theme.change.added,
        'circle-stroke-width': 3,
      },
    },
  ];
}

/**
 * The same layers reading a vector tile source: each gets the tile layer name as `source-layer`.
 *
 * @example
 * withSourceLayer([{ id: 'a', type: 'fill', source: 'zones' }], 'zones')[0] // → { id: 'a', type: 'fill', source: 'zones', 'source-layer': 'zones' }
 */
export function withSourceLayer(layers: LayerSpecification[], sourceLayer: string): LayerSpecification[] {
  return layers.map((layer) => ({ ...layer, 'source-layer': sourceLayer }) as LayerSpecification);
}
