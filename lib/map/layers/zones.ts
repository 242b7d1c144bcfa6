import type { LayerSpecification } from 'maplibre-gl';
import { ZONE_KINDS, type ZoneKind } from '@/lib/enums';
import { theme } from '../theme';

/** The other editor's boundary after a conflict: a thick dashed red outline over everything else. */
export function conflictZoneLayers(sourceId: string): LayerSpecification[] {
  return [{ id: `${sourceId}-line`, type: 'line', source: sourceId, paint: { 'line-color': '#b3261e', 'line-width': 3, 'line-dasharray': [2, 1.5] } }];
}

/** Layer ids of one zone kind, so the legend can toggle kinds one by one. */
export const zoneLayerIds = (sourceId: string, kind: ZoneKind) => [`${sourceId}-fill-${kind}`, `${sourceId}-outline-${kind}`];

/**
 * Zone layers: per kind a fill and an outline with its own dash (so kinds differ in black-and-white
 * print too), precaution first and sealed last so the most severe zone is drawn on top.
 *
 * @example
 * zoneLayers('zones').map((l) => l.id) // → ['zones-fill-precaution', 'zones-outline-precaution', …, 'zones-outline-sealed']
 */
export function zoneLayers(sourceId: string): LayerSpecification[] {
  return [...ZONE_KINDS].reverse().flatMap((kind): LayerSpecification[] => {
    const style = theme.zone[kind];
    const filter = ['==', ['get', 'kind'], kind] as ['==', ['get', string], string];
    return [
      { id: `${sourceId}-fill-${kind}`, type: 'fill', source: sourceId, filter, paint: { 'fill-color': style.fill, 'fill-opacity': style.fillOpacity } },
      {
        id: `${sourceId}-outline-${kind}`,
        type: 'line',
        source: sourceId,
        filter,
        paint: { 'line-color': style.outline, 'line-width': style.width, 'line-dasharray': style.dash },
      },
    ];
  });
}
