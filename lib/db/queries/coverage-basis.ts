import 'server-only';
import { sql } from 'drizzle-orm';
import type { CoverageBasis, LngLatBox } from '@/lib/check/coverage';
import { rowsOf, type Db } from '../client';

type BasisRow = {
  case_count: number | string;
  data_from: Date | string | null;
  data_to: Date | string | null;
  community_box: (number | string | null)[] | string | null;
  case_box: (number | string | null)[] | string | null;
};

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** `[xmin, ymin, xmax, ymax]` from an array column, or null (no rows: ST_Extent is null). */
function toBox(value: BasisRow['community_box']): LngLatBox | null {
  if (value === null) return null;
  const numbers = (typeof value === 'string' ? value.replace(/[{}]/g, '').split(',') : value).map((v) => (v === null || v === 'NULL' ? NaN : Number(v)));
  return numbers.length === 4 && numbers.every(Number.isFinite) ? (numbers as LngLatBox) : null;
}

/**
 * What the published data covers, for every check's coverage (lib/check/coverage.ts): how many published case
 * tracks there are, the first start and last end of their visits, and the data's area — the communities'
 * extent, or the published case visits' extent where no community has been imported. One aggregate query;
 * drafts are never counted.
 *
 * @example
 * await getCoverageBasis(db)
 * // → { caseCount: 12, dataFrom: '2020-03-01T…', dataTo: '2020-03-10T…', area: [126.8, 37.5, 126.9, 37.6], areaSource: 'communities' }
 */
export async function getCoverageBasis(db: Db): Promise<CoverageBasis> {
  const [row] = rowsOf<BasisRow>(
    await db.execute(sql`
      WITH published AS (
        SELECT v.case_id, v.starts_at, v.ends_at, v.geom FROM case_visits v JOIN cases k ON k.id = v.case_id WHERE k.status = 'published'
      ),
      community_extent AS (SELECT ST_Extent(boundary) AS box FROM communities),
      case_extent AS (SELECT ST_Extent(geom) AS box FROM published)
      SELECT
        (SELECT count(DISTINCT case_id) FROM published) AS case_count,
        (SELECT min(starts_at) FROM published) AS data_from,
        (SELECT max(ends_at) FROM published) AS data_to,
        (SELECT CASE WHEN box IS NULL THEN NULL ELSE ARRAY[ST_XMin(box), ST_YMin(box), ST_XMax(box), ST_YMax(box)]::float8[] END FROM community_extent) AS community_box,
        (SELECT CASE WHEN box IS NULL THEN NULL ELSE ARRAY[ST_XMin(box), ST_YMin(box), ST_XMax(box), ST_YMax(box)]::float8[] END FROM case_extent) AS case_box`),
  );
  const communityBox = toBox(row.community_box);
  const caseBox = toBox(row.case_box);
  return {
    caseCount: Number(row.case_count),
    dataFrom: iso(row.data_from),
    dataTo: iso(row.data_to),
    area: communityBox ?? caseBox,
    areaSource: communityBox ? 'communities' : caseBox ? 'case-tracks' : null,
  };
}
