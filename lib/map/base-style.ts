import type { StyleSpecification } from 'maplibre-gl';
import { theme } from './theme';

/** Where the default basemap's country shapes are served from (public/basemap, no network needed). */
export const OFFLINE_COUNTRIES_URL = '/basemap/countries-110m.geojson';

/**
 * The default basemap: Natural Earth country shapes bundled with the app, so the map works on a
 * closed network. Coarse at city zoom by design; the communities give the local context.
 *
 * @example
 * offlineBaseStyle().sources // → { countries: { type: 'geojson', data: '/basemap/countries-110m.geojson' } }
 */
export function offlineBaseStyle(countriesUrl: string = OFFLINE_COUNTRIES_URL): StyleSpecification {
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: countriesUrl, attribution: 'Natural Earth (public domain) via world-atlas' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': theme.base.background } },
      { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': theme.base.land } },
      { id: 'countries-border', type: 'line', source: 'countries', paint: { 'line-color': theme.base.border, 'line-width': 0.8 } },
    ],
  };
}

export type BasemapSetting =
  | { kind: 'offline' }
  | { kind: 'style-url'; url: string }
  | { kind: 'pmtiles'; url: string };

/**
 * Reads NEXT_PUBLIC_MAP_STYLE: unset → the offline basemap; `pmtiles://…` → a self-hosted PMTiles
 * archive; anything else → a MapLibre style URL (which may itself use pmtiles:// sources).
 *
 * @example
 * readBasemapSetting('pmtiles:///tiles/city.pmtiles') // → { kind: 'pmtiles', url: '/tiles/city.pmtiles' }
 */
export function readBasemapSetting(value: string | undefined): BasemapSetting {
  const trimmed = value?.trim();
  if (!trimmed) return { kind: 'offline' };
  if (trimmed.startsWith('pmtiles://')) return { kind: 'pmtiles', url: trimmed.slice('pmtiles://'.length) };
  return { kind: 'style-url', url: trimmed };
}
