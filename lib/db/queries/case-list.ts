import 'server-only';
import { sql } from 'drizzle-orm';
import { containsPattern, type ListPage, type ListQuery } from '@/lib/lists/list-query';
import { rowsOf, type Db } from '../client';
import { listStaffCases } from './case-edits';
import type { StaffCase } from '@/lib/staff-api/records';

/**
 * One page of the staff case list, newest report first, drafts included: cases whose code, a visit's place or
 * home community's name contains `q` (case-insensitive). Only the page's cases are read with their visits,
 * so the page costs the same with 20 cases or 20,000.
 *
 * @example
 * await listStaffCasePage(db, { q: '超市', page: 1, pageSize: 50 }) // → { rows: [StaffCase…], total: 7, page: 1, pageSize: 50 }
 */
export async function listStaffCasePage(db: Db, query: ListQuery): Promise<ListPage<StaffCase>> {
  const pattern = containsPattern(query.q);
  const matches = query.q
    ? sql`(k.code ILIKE ${pattern}
        OR EXISTS (SELECT 1 FROM case_visits v WHERE v.case_id = k.id AND v.place ILIKE ${pattern})
        OR EXISTS (SELECT 1 FROM communities c WHERE c.id = k.community_id AND c.name ILIKE ${pattern}))`
    : sql`true`;
  const [countRows, idRows] = await Promise.all([
    db.execute(sql`SELECT count(*) AS total FROM cases k WHERE ${matches}`),
    db.execute(sql`SELECT k.id FROM cases k WHERE ${matches} ORDER BY k.reported_at DESC, k.code LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`),
  ]);
  const ids = rowsOf<{ id: number }>(idRows).map((r) => Number(r.id));
  const total = Number(rowsOf<{ total: number | string }>(countRows)[0]?.total ?? 0);
  return { rows: ids.length ? await listStaffCases(db, { ids }) : [], total, page: query.page, pageSize: query.pageSize };
}
