import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { getDb, type Db } from '@/lib/db/client';
import type { MapFilter } from '@/lib/db/queries/map-filter';
import { parseMapQuery } from './map-query';
import { errorResponse, withErrors } from './respond';

/** A GET handler serving a GeoJSON query, filtered by the validated `at` and `bbox` parameters. */
export function geoJsonReadRoute(list: (db: Db, filter: MapFilter) => Promise<unknown>) {
  return async function GET(request: NextRequest): Promise<Response> {
    return withErrors(async () => {
      const query = parseMapQuery(request.nextUrl.searchParams);
      if ('error' in query) return errorResponse(400, query.error);
      return NextResponse.json(await list(await getDb(), query.filter), {
        headers: { 'Content-Type': 'application/geo+json; charset=utf-8', 'Cache-Control': 'no-cache' },
      });
    });
  };
}
