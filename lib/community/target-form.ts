import { conflictRows, type ConflictRow } from '@/lib/conflict/field-conflicts';

/** A district target as the staff page lists it; saves name the version read. */
export type TargetRow = { id: number; district: string; targetCount: number; dueOn: string; version: number };

/** The target form's fields as typed; `id` and `version` name the target being changed. */
export type TargetForm = { id: number | null; version?: number; district: string; targetCount: string; dueOn: string };

export const TARGET_FIELDS = ['district', 'targetCount', 'dueOn'] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];

/**
 * The form filled from a stored target, to change it.
 *
 * @example
 * targetFormOf({ id: 2, district: 'Jung-gu', targetCount: 3, dueOn: '2020-04-01', version: 4 }) // → { id: 2, version: 4, district: 'Jung-gu', targetCount: '3', dueOn: '2020-04-01' }
 */
export const targetFormOf = (target: TargetRow): TargetForm => ({ id: target.id, version: target.version, district: target.district, targetCount: String(target.targetCount), dueOn: target.dueOn });

/**
 * A target save refused as stale, field by field: the other editor's target beside the form, and which
 * fields they changed since `read`.
 *
 * @example
 * targetConflictRows(read, { ...read, version: 2, targetCount: 5 }, { ...targetFormOf(read), dueOn: '2020-04-08' })
 * // → [{ field: 'targetCount', theirs: '5', mine: '3', isTheirChange: true, … }, { field: 'dueOn', theirs: '2020-04-01', mine: '2020-04-08', … }]
 */
export function targetConflictRows(read: TargetRow | undefined, theirs: TargetRow, mine: TargetForm): ConflictRow<TargetField>[] {
  const [readForm, theirForm] = [read && targetFormOf(read), targetFormOf(theirs)];
  const side = (field: TargetField) => ({ ...(readForm ? { read: readForm[field] } : {}), theirs: theirForm[field], mine: mine[field] });
  return conflictRows({ district: side('district'), targetCount: side('targetCount'), dueOn: side('dueOn') }, TARGET_FIELDS);
}
