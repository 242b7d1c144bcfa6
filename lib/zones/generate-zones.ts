import { buffer, feature, point } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { ZoneKind } from '@/lib/db/schema';
import type { LngLat } from '@/lib/trajectory/types';

const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

export type ZoneRadii = Record<ZoneKind, number>;

/** Defaults from 2022 practice: the building (≈100 m) sealed, 500 m controlled, 2 km precaution. */
export const DEFAULT_RADII: ZoneRadii = { sealed: 100, controlled: 500, precaution: 2000 };

/**
 * Three zones around a place (a case's home or workplace): a circle of each kind's radius in metres,
 * sealed innermost. The circles are drafts for the editor, which saves them only when staff confirm.
 * Radii must grow from sealed to precaution.
 *
 * @example
 * generateZones([126.8872, 37.4955]).map((z) => z.kind) // → ['sealed', 'controlled', 'precaution']
 */
export function generateZones(lngLat: LngLat, radii: ZoneRadii = DEFAULT_RADII, options: { steps?: number } = {}): { kind: ZoneKind; radiusMeters: number; geometry: Polygon }[] {
  const { sealed, controlled, precaution } = radii;
  if (!(sealed > 0 && controlled > sealed && precaution > controlled)) {
    throw new RangeError('radii must be positive and grow from sealed to controlled to precaution');
  }
  const centre = point([lngLat[0], lngLat[1]]);
  return (['sealed', 'controlled', 'precaution'] as const).map((kind) => {
    const circle = buffer(centre, radii[kind], { units: 'meters', steps: options.steps ?? 16 });
    if (!circle || circle.geometry.type !== 'Polygon') throw new Error('buffer did not return a polygon');
    // 7 decimals (~1 cm): what the database returns, and within terra-draw's coordinate precision limit.
    const coordinates = circle.geometry.coordinates.map((ring) => ring.map(([lng, lat]) => [round7(lng), round7(lat)]));
    return { kind, radiusMeters: radii[kind], geometry: { type: 'Polygon', coordinates } };
  });
}

/** Defaults for a building outline: the building itself sealed, 500 m controlled, 2 km precaution. */
export const DEFAULT_OUTLINE_RADII: ZoneRadii = { sealed: 0, controlled: 500, precaution: 2000 };

const roundPolygon = (rings: Position[][]): Position[][] => rings.map((ring) => ring.map(([lng, lat]) => [round7(lng), round7(lat)]));

/**
 * Three zones around a building's outline (`readBuildingOutline`): the outline buffered by each kind's
 * distance in metres, sealed innermost; a sealed distance of 0 seals the building itself. The buffers follow
 * the building's shape, not a circle around its centre, and each contains the one inside it, as the point
 * generator's circles do. Distances must grow from sealed to precaution. Does not mutate its input.
 *
 * @example
 * generateZonesAroundOutline(buildingPolygon).map((z) => [z.kind, z.radiusMeters])
 * // → [['sealed', 0], ['controlled', 500], ['precaution', 2000]]
 */
export function generateZonesAroundOutline(
  outline: Polygon | MultiPolygon,
  radii: ZoneRadii = DEFAULT_OUTLINE_RADII,
  options: { steps?: number } = {},
): { kind: ZoneKind; radiusMeters: number; geometry: Polygon | MultiPolygon }[] {
  const { sealed, controlled, precaution } = radii;
  if (!(sealed >= 0 && controlled > sealed && precaution > controlled)) {
    throw new RangeError('distances must be 0 or more and grow from sealed to controlled to precaution');
  }
  return (['sealed', 'controlled', 'precaution'] as const).map((kind) => {
    const distance = radii[kind];
    const grown = distance === 0 ? outline : buffer(feature(outline), distance, { units: 'meters', steps: options.steps ?? 8 })?.geometry;
    if (!grown || (grown.type !== 'Polygon' && grown.type !== 'MultiPolygon')) throw new Error('buffer did not return a polygon');
    const geometry: Polygon | MultiPolygon =
      grown.type === 'Polygon' ? { type: 'Polygon', coordinates: roundPolygon(grown.coordinates) } : { type: 'MultiPolygon', coordinates: grown.coordinates.map(roundPolygon) };
    return { kind, radiusMeters: distance, geometry };
  });
}
