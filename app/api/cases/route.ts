import { geoJsonReadRoute } from '@/lib/api/geojson-read-route';
import { listPublishedCaseVisits } from '@/lib/db/queries/cases';

export const dynamic = 'force-dynamic';

/**
 * The most case visits one answer carries: several MB of JSON. No page needs more (the map embeds GeoJSON
 * up to 2,000 features, else reads vector tiles); the export command serves everything.
 */
const MAX_CASE_VISITS = 20_000;

export const GET = geoJsonReadRoute(listPublishedCaseVisits, { maxFeatures: MAX_CASE_VISITS, noun: { 'zh-CN': '病例到访记录', en: 'case visits' } });
