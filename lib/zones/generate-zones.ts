import { buffer, point } from '@turf/turf';
import type { Polygon } from 'geojson';
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
