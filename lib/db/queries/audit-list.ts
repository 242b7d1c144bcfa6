import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { containsPattern, type ListPage } from '@/lib/lists/list-query';
import { rowsOf, type Db } from '../client';
import type { AuditRow } from './audit';
import type { AuditFilter } from '@/lib/audit/audit-filter';

type RawRow = { id: number | string; at: string | Date; actor: string | null; action: string; object_type: string; object_id: string; before: unknown; after: unknown };

// jsonb comes back parsed from postgres-js and PGlite alike; a string would be a driver returning text.
const json = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value);

/**
 * One page of the audit log, newest first: by object type and id, by case code or zone name (as the entry's
 * before or after state names it, so a renamed zone is found by either name), and by the user's name.
 *
 * @example
 * await listAuditPage(db, { caseCode: 'C-009' }, { page: 1, pageSize: 50 }) // → { rows: [AuditRow…], total: 3, page: 1, pageSize: 50 }
 */
export async function listAuditPage(db: Db, filter: AuditFilter, page: { page: number; pageSize: number }): Promise<ListPage<AuditRow>> {
  const named = (type: string, key: string, text: string) =>
    sql`(a.object_type = ${type} AND (a.before->>${key} ILIKE ${containsPattern(text)} OR a.after->>${key} ILIKE ${containsPattern(text)}))`;
  const conditions: SQL[] = [sql`true`];
  if (filter.objectType) conditions.push(sql`a.object_type = ${filter.objectType}`);
  if (filter.objectId) conditions.push(sql`a.object_id = ${filter.objectId}`);
  if (filter.caseCode) conditions.push(named('case', 'code', filter.caseCode));
  if (filter.zoneName) conditions.push(named('zone', 'name', filter.zoneName));
  if (filter.user) conditions.push(sql`(u.username ILIKE ${containsPattern(filter.user)} OR a.actor_label ILIKE ${containsPattern(filter.user)})`);
  const where = sql.join(conditions, sql` AND `);
  const from = sql`FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id WHERE ${where}`;
  const [countRows, pageRows] = await Promise.all([
    db.execute(sql`SELECT count(*) AS total ${from}`),
    db.execute(sql`SELECT a.id, a.at, coalesce(u.username, a.actor_label) AS actor, a.action, a.object_type, a.object_id, a.before, a.after ${from}
      ORDER BY a.id DESC LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`),
  ]);
  const rows = rowsOf<RawRow>(pageRows).map((r) => ({
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    actor: r.actor ?? '?',
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    before: json(r.before),
    after: json(r.after),
  }));
  return { rows, total: Number(rowsOf<{ total: number | string }>(countRows)[0]?.total ?? 0), page: page.page, pageSize: page.pageSize };
}
