import Papa from 'papaparse';
import { toWgs84, type Datum } from '@/lib/import/datum';
import type { GazetteerEntry } from './match-place';

/** A row of a gazetteer file that could not be used, with its 1-based line or feature number. */
export type GazetteerWarning = { record: number; reason: 'no-name' | 'bad-coordinates' };

const NAME_HEADERS = ['name', 'poi_name', '名称', '地点', 'place'];
const LAT_HEADERS = ['lat', 'latitude', '纬度'];
const LON_HEADERS = ['lon', 'lng', 'longitude', '经度'];
const REGION_HEADERS = ['region', 'city', '城市', '地区', 'source', '来源'];

const pick = (row: Record<string, string>, headers: string[]) => {
  const key = Object.keys(row).find((k) => headers.includes(k.trim().toLowerCase()));
  return key === undefined ? undefined : row[key]?.trim();
};

/** "深圳市卫生健康委员会" → "深圳市": the city a publisher names first, for ranking local entries. */
export function regionOf(text: string | undefined): string | undefined {
  return text ? /^([\u4e00-\u9fff]{2,4}?(?:市|州|县|区))/.exec(text)?.[1] : undefined;
}

function isLngLat(lng: number, lat: number): boolean {
  return Number.isFinite(lng) && Number.isFinite(lat) && Math.abs(lng) <= 180 && Math.abs(lat) <= 90 && !(lng === 0 && lat === 0);
}

/**
 * Reads a gazetteer: a CSV with name and lat/lon columns (Chinese or English headers), or a GeoJSON
 * FeatureCollection of Points with a `name` property. Coordinates in `datum` are converted to WGS84. Rows that
 * cannot be used are skipped and counted, never guessed.
 *
 * @example
 * readGazetteer('poi_name,lat,lon\n景田花园,22.55,114.03', { format: 'csv', datum: 'gcj02', source: 'pois-2020' })
 */
export function readGazetteer(
  text: string,
  options: { format: 'csv' | 'geojson'; datum: Datum; source: string },
): { entries: GazetteerEntry[]; warnings: GazetteerWarning[] } {
  const entries: GazetteerEntry[] = [];
  const warnings: GazetteerWarning[] = [];
  const add = (record: number, name: string | undefined, lng: number, lat: number, region: string | undefined) => {
    if (!name) return warnings.push({ record, reason: 'no-name' });
    if (!isLngLat(lng, lat)) return warnings.push({ record, reason: 'bad-coordinates' });
    const point = toWgs84({ type: 'Point', coordinates: [lng, lat] }, options.datum);
    const [x, y] = point.coordinates;
    entries.push({ name: name.slice(0, 200), lngLat: [Math.round(x * 1e7) / 1e7, Math.round(y * 1e7) / 1e7], source: options.source, ...(region ? { region } : {}) });
  };
  if (options.format === 'csv') {
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    parsed.data.forEach((row, i) => add(i + 2, pick(row, NAME_HEADERS), Number(pick(row, LON_HEADERS)), Number(pick(row, LAT_HEADERS)), regionOf(pick(row, REGION_HEADERS))));
  } else {
    const collection = JSON.parse(text) as { features?: { geometry?: { type?: string; coordinates?: unknown }; properties?: Record<string, unknown> }[] };
    (collection.features ?? []).forEach((feature, i) => {
      const coordinates = feature.geometry?.type === 'Point' && Array.isArray(feature.geometry.coordinates) ? (feature.geometry.coordinates as number[]) : [NaN, NaN];
      const name = typeof feature.properties?.name === 'string' ? feature.properties.name.trim() : undefined;
      const region = typeof feature.properties?.region === 'string' ? feature.properties.region : undefined;
      add(i + 1, name, Number(coordinates[0]), Number(coordinates[1]), region);
    });
  }
  return { entries, warnings };
}
