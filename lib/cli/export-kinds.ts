import 'server-only';
import { listCommunities, listGridCells } from '@/lib/db/queries/communities';
import { listZones } from '@/lib/db/queries/zones';
import { listPublishedCaseVisits } from '@/lib/db/queries/cases';

/** What `npm run export -- <kind>` writes, by kind (cases: published ones only, in the interchange format). */
export const EXPORTS = { communities: listCommunities, 'grid-cells': listGridCells, zones: listZones, cases: listPublishedCaseVisits };
