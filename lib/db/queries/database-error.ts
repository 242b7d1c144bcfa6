/** Constraint names → what they mean to someone fixing an import file or a form. */
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

/** A user-facing sentence for a database error, naming the broken rule where it is a known constraint. */
export function describeDatabaseError(error: unknown): string {
  const e = error as { constraint_name?: string; constraint?: string; message?: string; cause?: unknown };
  const cause = e.cause as { constraint_name?: string; constraint?: string; message?: string } | undefined;
  const constraint = e.constraint_name ?? e.constraint ?? cause?.constraint_name ?? cause?.constraint;
  if (constraint && CONSTRAINT_MESSAGES[constraint]) return CONSTRAINT_MESSAGES[constraint];
  const message = cause?.message ?? e.message ?? String(error);
  return `the database refused it: ${message.split('\n')[0]}`;
}
