import type { Feature } from 'geojson';
import { ImportError } from './import-error';

/**
 * Parses text as a GeoJSON FeatureCollection (or a bare array of Features, as some portals publish)
 * and returns its features, or throws an ImportError saying what is wrong.
 *
 * @example
 * readFeatureCollection('{"type":"FeatureCollection","features":[]}') // → []
 */
export function readFeatureCollection(text: string): Feature[] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(`not valid JSON: ${(error as Error).message}`);
  }
  const features = Array.isArray(json)
    ? json
    : json && typeof json === 'object' && (json as { type?: unknown }).type === 'FeatureCollection'
      ? (json as { features?: unknown }).features
      : undefined;
  if (!Array.isArray(features)) throw new ImportError('expected a GeoJSON FeatureCollection');
  features.forEach((f, i) => {
    if (!f || typeof f !== 'object' || (f as { type?: unknown }).type !== 'Feature') {
      throw new ImportError('is not a GeoJSON Feature', i + 1);
    }
  });
  return features as Feature[];
}
