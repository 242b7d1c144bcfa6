import gcoord from 'gcoord';
import type { GeoJSON } from 'geojson';

export const DATUMS = ['wgs84', 'gcj02'] as const;
export type Datum = (typeof DATUMS)[number];

/**
 * Returns a copy of the GeoJSON in WGS84. Chinese map data (AMap, DataV) is often in GCJ-02, China's
 * shifted datum, 100–700 m away from GPS positions; everything is stored in WGS84.
 *
 * @example
 * toWgs84({ type: 'Point', coordinates: [114.4, 22.8] }, 'gcj02') // → about 500 m south-west
 */
export function toWgs84<T extends GeoJSON>(geojson: T, datum: Datum): T {
  const copy = structuredClone(geojson);
  if (datum === 'wgs84') return copy;
  // gcoord transforms GeoJSON in place (hence the copy); outside China GCJ-02 equals WGS84 and it returns input.
  return gcoord.transform(copy as never, gcoord.GCJ02, gcoord.WGS84) as unknown as T;
}
