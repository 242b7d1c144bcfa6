import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import type { Db } from '@/lib/db/client';
import { publicRead } from './public-read';
import type { MapFilter } from '@/lib/db/queries/map-filter';
import { parseMapQuery } from './map-query';
import { errorResponse, withErrors } from './respond';

type FeatureList = { features: unknown[] };
type ListOptions = { limit?: number };

/**
 * A GET handler serving a GeoJSON query, filtered by the validated `at` and `bbox` parameters. With
 * `maxFeatures`, an answer that would hold more features is refused with 413 instead of being built in
 * memory: one anonymous request must not be able to make the server serialise the whole outbreak.
 */
export function geoJsonReadRoute(list: (db: Db, filter: MapFilter, options?: ListOptions) => Promise<FeatureList>, options: { maxFeatures?: number; noun?: string } = {}) {
  const { maxFeatures, noun = 'features' } = options;
  return async function GET(request: NextRequest): Promise<Response> {
    return withErrors(async () => {
      const query = parseMapQuery(request.nextUrl.searchParams);
      if ('error' in query) return errorResponse(400, query.error);
      const collection = await publicRead(request, (db) => list(db, query.filter, maxFeatures === undefined ? {} : { limit: maxFeatures + 1 }));
      if (maxFeatures !== undefined && collection.features.length > maxFeatures) {
        return errorResponse(413, `More than ${maxFeatures.toLocaleString('en')} ${noun} match: ask for a smaller area with bbox= (or an earlier at=), or use the vector tiles or the export command for everything`, { maxFeatures });
      }
      return NextResponse.json(collection, {
        headers: { 'Content-Type': 'application/geo+json; charset=utf-8', 'Cache-Control': 'no-cache' },
      });
    });
  };
}
