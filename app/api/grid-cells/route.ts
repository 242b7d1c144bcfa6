import { geoJsonReadRoute } from '@/lib/api/geojson-read-route';
import { listGridCells } from '@/lib/db/queries/communities';

export const dynamic = 'force-dynamic';

export const GET = geoJsonReadRoute(listGridCells);
