import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { zoneLayers } from './zones';
import { communityLayers, gridCellLayers } from './communities';
import { caseTrackLayers, movementVertexLayers } from './case-tracks';
import { changedZoneLayers, newCaseFilter, withSourceLayer, zoneHatchLayers } from './briefing';
import { ZONE_MARKER_MAX_ZOOM, zoneMarkerLayers, zoneMarkers } from './zone-markers';
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { coverageAreaLayers, overlapLayers, residentTrackLayers } from './resident-track';

describe('map layers', () => {
  it('name every layer <source>-<role> and point it at that source', () => {
    for (const [source, layers] of [
      ['zones', zoneLayers('zones')],
      ['communities', communityLayers('communities')],
      ['grid-cells', gridCellLayers('grid-cells')],
      ['case-tracks', caseTrackLayers('case-tracks')],
      ['line-vertices', movementVertexLayers('line-vertices')],
      ['resident-track', residentTrackLayers('resident-track')],
      ['overlaps', overlapLayers('overlaps')],
      ['coverage-area', coverageAreaLayers('coverage-area')],
    ] as const) {
      for (const layer of layers) {
        expect(layer.id.startsWith(`${source}-`)).toBe(true);
        expect('source' in layer && layer.source).toBe(source);
      }
    }
  });

  it('draw a fill and a dashed outline per zone kind, sealed last so it sits on top', () => {
    const ids = zoneLayers('zones').map((l) => l.id);
    expect(ids).toEqual([
      'zones-fill-precaution',
      'zones-outline-precaution',
      'zones-fill-controlled',
      'zones-outline-controlled',
      'zones-fill-sealed',
      'zones-outline-sealed',
    ]);
    const sealed = zoneLayers('zones').find((l) => l.id === 'zones-outline-sealed');
    expect(sealed && 'filter' in sealed && sealed.filter).toEqual(['==', ['get', 'kind'], 'sealed']);
  });

  it('split case tracks into movements and places by geometry type', () => {
    const [, line, place] = caseTrackLayers('case-tracks');
    expect('filter' in line && line.filter).toEqual(['==', ['geometry-type'], 'LineString']);
    expect('filter' in place && place.filter).toEqual(['==', ['geometry-type'], 'Point']);
  });

  it('are valid MapLibre style layers', () => {
    const style = {
      version: 8 as const,
      sources: Object.fromEntries(
        ['zones', 'communities', 'grid-cells', 'case-tracks', 'line-vertices', 'resident-track', 'overlaps', 'coverage-area'].map((id) => [id, { type: 'geojson' as const, data: { type: 'FeatureCollection', features: [] } }]),
      ),
      layers: [...communityLayers('communities'), ...gridCellLayers('grid-cells'), ...zoneLayers('zones'), ...caseTrackLayers('case-tracks'), ...movementVertexLayers('line-vertices'), ...residentTrackLayers('resident-track'), ...overlapLayers('overlaps'), ...coverageAreaLayers('coverage-area')],
    };
    expect(validateStyleMin(style as never)).toEqual([]);
  });
});

describe('zone markers', () => {
  const square = (lng: number): MultiPolygon => ({ type: 'MultiPolygon', coordinates: [[[[lng, 37], [lng + 0.001, 37], [lng + 0.001, 37.001], [lng, 37.001], [lng, 37]]]] });
  const zones: FeatureCollection<MultiPolygon, { kind: string; name: string }> = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', id: 1, geometry: square(126), properties: { kind: 'sealed', name: 'A' } },
      { type: 'Feature', id: 2, geometry: square(127), properties: { kind: 'precaution', name: 'B' } },
    ],
  };

  it('puts a point inside each sealed and controlled zone, none for precaution zones', () => {
    const markers = zoneMarkers(zones);
    expect(markers.features).toHaveLength(1);
    expect(markers.features[0].id).toBe(1);
    expect(booleanPointInPolygon(markers.features[0].geometry, zones.features[0])).toBe(true);
  });

  it('draws sealed markers above controlled ones and hides them at street zoom', () => {
    const layers = zoneMarkerLayers('zone-markers');
    expect(layers.map((l) => l.id)).toEqual(['zone-markers-controlled', 'zone-markers-sealed']);
    expect(layers.every((l) => l.maxzoom === ZONE_MARKER_MAX_ZOOM)).toBe(true);
  });
});

describe('briefing layers', () => {
  it('hatch one layer per kind, sealed on top, with runtime images', () => {
    const layers = zoneHatchLayers('zones');
    expect(layers.map((l) => l.id)).toEqual(['zones-hatch-precaution', 'zones-hatch-controlled', 'zones-hatch-sealed']);
    expect(layers.map((l) => (l.type === 'fill' ? l.paint?.['fill-pattern'] : null))).toEqual(['hatch-precaution', 'hatch-controlled', 'hatch-sealed']);
  });
  it('changes split by filter, new cases by report time, tile layers get a source-layer', () => {
    expect(changedZoneLayers('changes').map((l) => l.id)).toEqual(['changes-declared', 'changes-stepped', 'changes-lifted']);
    expect(JSON.stringify(newCaseFilter('2020-03-10T11:00:00.000Z'))).toContain('reportedAt');
    expect(withSourceLayer(zoneHatchLayers('zones'), 'zones').every((l) => 'source-layer' in l && l['source-layer'] === 'zones')).toBe(true);
  });
});

describe('case density', () => {
  it('is a heatmap up to the zoom where case lines take over, from the tile layer when tiled', async () => {
    const { caseDensityLayers, fromZoom } = await import('./case-density');
    const { CASE_LINES_MIN_ZOOM } = await import('@/lib/tiles/tile-params');
    const [heat] = caseDensityLayers('case-density', 'case-density');
    expect(heat).toMatchObject({ id: 'case-density-heat', type: 'heatmap', maxzoom: CASE_LINES_MIN_ZOOM, 'source-layer': 'case-density' });
    expect(caseDensityLayers('d')[0]).not.toHaveProperty('source-layer');
    const lines = fromZoom([{ id: 'a', type: 'line', source: 's' }], CASE_LINES_MIN_ZOOM);
    expect(lines[0].minzoom).toBe(CASE_LINES_MIN_ZOOM);
  });
});
