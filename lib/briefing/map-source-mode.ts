/** How the map gets its data: GeoJSON in the page when small, vector tiles when large. */
export type MapSourceMode = 'geojson' | 'tiles';

/** Above this many zones + case visits the briefing and bench use vector tiles. */
export const TILE_THRESHOLD = 2_000;

/**
 * Chooses GeoJSON or tiles from a feature count, unless the URL forces one (`?source=tiles`).
 *
 * @example
 * chooseSourceMode(129) // → 'geojson'
 * chooseSourceMode(50_000) // → 'tiles'
 * chooseSourceMode(129, 'tiles') // → 'tiles'
 */
export function chooseSourceMode(featureCount: number, forced?: string | null): MapSourceMode {
  if (forced === 'tiles' || forced === 'geojson') return forced;
  return featureCount > TILE_THRESHOLD ? 'tiles' : 'geojson';
}
