import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import type { Db } from '@/lib/db/client';
import type { MapFilter } from '@/lib/db/queries/map-filter';
import { AppError, type LocalizedText } from '@/lib/errors/app-error';
import { publicRead } from './public-read';
import { parseMapQuery } from './map-query';
import { withErrors } from './respond';
import { orThrow } from './route-kit';

type FeatureList = { features: unknown[] };
type ListOptions = { limit?: number };

const FEATURES: LocalizedText = { 'zh-CN': '要素', en: 'features' };

/**
 * A GET handler serving a GeoJSON query, filtered by the validated `at` and `bbox` parameters. With
 * `maxFeatures`, an answer that would hold more features is refused with 413 (`query.too-many-features`)
 * instead of being built in memory: one anonymous request must not be able to make the server serialise
 * the whole outbreak.
 */
export function geoJsonReadRoute(list: (db: Db, filter: MapFilter, options?: ListOptions) => Promise<FeatureList>, options: { maxFeatures?: number; noun?: LocalizedText } = {}) {
  const { maxFeatures, noun = FEATURES } = options;
  return async function GET(request: NextRequest): Promise<Response> {
    return withErrors(async () => {
      const { filter } = orThrow(parseMapQuery(request.nextUrl.searchParams));
      const collection = await publicRead(request, (db) => list(db, filter, maxFeatures === undefined ? {} : { limit: maxFeatures + 1 }));
      if (maxFeatures !== undefined && collection.features.length > maxFeatures) {
        throw new AppError('query.too-many-features', { max: maxFeatures, noun }, { details: { maxFeatures } });
      }
      return NextResponse.json(collection, {
        headers: { 'Content-Type': 'application/geo+json; charset=utf-8', 'Cache-Control': 'no-cache' },
      });
    }, request);
  };
}
