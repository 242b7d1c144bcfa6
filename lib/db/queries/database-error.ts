import type { LocalizedText } from '@/lib/errors/app-error';
/** Constraint names → what they mean to someone fixing an import file or a form (Chinese below). */
const CONSTRAINT_MESSAGES: Record<string, string> = {
  communities_boundary_valid: 'the boundary is not a valid polygon (PostGIS ST_IsValid)',
  grid_cells_geom_valid: 'the grid cell is not a valid polygon (PostGIS ST_IsValid)',
  zones_geom_valid: 'the zone is not a valid polygon (PostGIS ST_IsValid)',
  zones_planned_lift_check: 'the planned lift must be after the zone takes effect',
  zones_lifted_at_check: 'a zone cannot be lifted before it takes effect',
  case_visits_time_order: 'a visit must end at or after its start',
  case_visits_geom_kind: 'a visit must be a valid Point (stay) or LineString (movement)',
  case_visits_coord_times: 'a movement needs one time per vertex',
  cases_community_id_communities_id_fk: 'communityId: no such community',
  cases_code_check: 'a case code is 1–40 letters, digits, ".", "_" or "-", e.g. C-012',
};

const CONSTRAINT_MESSAGES_ZH: Record<string, string> = {
  communities_boundary_valid: '社区边界不是有效的多边形（PostGIS ST_IsValid）',
  grid_cells_geom_valid: '网格边界不是有效的多边形（PostGIS ST_IsValid）',
  zones_geom_valid: '区域边界不是有效的多边形（PostGIS ST_IsValid）',
  zones_planned_lift_check: '计划解除时间须晚于生效时间',
  zones_lifted_at_check: '区域不能在生效前解除',
  case_visits_time_order: '到访的结束时间不能早于开始时间',
  case_visits_geom_kind: '到访须为有效的点（停留）或线（移动）',
  case_visits_coord_times: '移动轨迹的每个顶点都需要一个时间',
  cases_community_id_communities_id_fk: 'communityId：没有这个社区',
  cases_code_check: '病例编号为 1–40 个字母、数字、"."、"_" 或 "-"，例如 C-012',
};


/** A user-facing sentence for a database error, naming the broken rule where it is a known constraint. */
export function describeDatabaseError(error: unknown): string {
  return databaseErrorText(error).en;
}

/** The same sentence in both languages; an unknown refusal keeps the database's own (English) words. */
export function databaseErrorText(error: unknown): LocalizedText {
  const e = error as { constraint_name?: string; constraint?: string; message?: string; cause?: unknown };
  const cause = e.cause as { constraint_name?: string; constraint?: string; message?: string } | undefined;
  const constraint = e.constraint_name ?? e.constraint ?? cause?.constraint_name ?? cause?.constraint;
  if (constraint && CONSTRAINT_MESSAGES[constraint]) return { 'zh-CN': CONSTRAINT_MESSAGES_ZH[constraint] ?? CONSTRAINT_MESSAGES[constraint], en: CONSTRAINT_MESSAGES[constraint] };
  const message = (cause?.message ?? e.message ?? String(error)).split('\n')[0];
  return { 'zh-CN': `数据库拒绝了此修改：${message}`, en: `the database refused it: ${message}` };
}
