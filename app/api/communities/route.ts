import { geoJsonReadRoute } from '@/lib/api/geojson-read-route';
import { listCommunities } from '@/lib/db/queries/communities';

export const dynamic = 'force-dynamic';

export const GET = geoJsonReadRoute(listCommunities);
