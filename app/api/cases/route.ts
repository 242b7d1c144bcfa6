import { geoJsonReadRoute } from '@/lib/api/geojson-read-route';
import { listPublishedCaseVisits } from '@/lib/db/queries/cases';

export const dynamic = 'force-dynamic';

export const GET = geoJsonReadRoute(listPublishedCaseVisits);
