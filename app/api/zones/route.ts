import { geoJsonReadRoute } from '@/lib/api/geojson-read-route';
import { listZones } from '@/lib/db/queries/zones';

export const dynamic = 'force-dynamic';

export const GET = geoJsonReadRoute(listZones);
