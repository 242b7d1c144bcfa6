'use client';
import { TerraDrawPolygonMode, TerraDrawSelectMode, type GeoJSONStoreFeatures, type TerraDraw } from 'terra-draw';
import { ZONE_KINDS, type ZoneKind } from '@/lib/enums';
import { theme } from '@/lib/map/theme';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { TerraDrawLayer } from '../_components/terra-draw-layer';

const DRAWING = '#1e5aa8';
/** Generated drafts carry their kind: drawn in that kind's colours, the rest in the drawing blue. */
const kindOf = (feature: GeoJSONStoreFeatures): ZoneKind | undefined => {
  const kind = feature.properties.kind;
  return typeof kind === 'string' && (ZONE_KINDS as readonly string[]).includes(kind) ? (kind as ZoneKind) : undefined;
};
const colour = (pick: (kind: ZoneKind) => string) => (feature: GeoJSONStoreFeatures) => {
  const kind = kindOf(feature);
  return (kind ? pick(kind) : DRAWING) as `#${string}`;
};

const createModes = () => [
  new TerraDrawPolygonMode({
    styles: {
      fillColor: colour((kind) => theme.zone[kind].fill),
      fillOpacity: (feature) => (kindOf(feature) ? theme.zone[kindOf(feature) as ZoneKind].fillOpacity * 0.6 : 0.25),
      outlineColor: colour((kind) => theme.zone[kind].outline),
      outlineWidth: 2,
    },
  }),
  new TerraDrawSelectMode({
    flags: { polygon: { feature: { draggable: true, coordinates: { midpoints: true, draggable: true, deletable: true } } } },
  }),
];

/**
 * terra-draw for zones: a polygon mode to draw (click corner after corner, click the first corner to
 * close) and a select mode whose corners can be dragged, added (midpoints) and deleted.
 */
export function ZoneDrawing({ onReady, onChange }: { onReady: (draw: TerraDraw | null, map: MapLibreMap | null) => void; onChange: () => void }) {
  return (
    <TerraDrawLayer
      createModes={createModes}
      onReady={onReady}
      onChange={onChange}
      onFinish={(draw, id, context) => {
        // A closed polygon goes straight to the select mode: its corners can be dragged at once, and a
        // stray click cannot start a second, empty polygon.
        if (context.action === 'draw' && draw.getMode() === 'polygon') {
          draw.setMode('select');
          draw.selectFeature(id);
        }
      }}
    />
  );
}
