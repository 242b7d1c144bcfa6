import type { TargetRow } from '@/lib/community/target-form';
import type { Messages } from '@/lib/i18n/messages';

type Props = { targets: TargetRow[]; canEdit: boolean; isSaving: boolean; onEdit: (target: TargetRow) => void; onDelete: (target: TargetRow) => void; messages: Messages };

/** The district targets, with change and delete for staff. */
export function TargetsTable({ targets, canEdit, isSaving, onEdit, onDelete, messages: t }: Props) {
  return (
    <table className="staff-table stacked-table">
      <thead>
        <tr>
          <th>{t.targetDistrict}</th>
          <th>{t.targetCount}</th>
          <th>{t.targetDue}</th>
          {canEdit ? <th /> : null}
        </tr>
      </thead>
      <tbody>
        {targets.map((target) => (
          <tr key={target.id} data-testid="target-row">
            <td data-label={t.targetDistrict}>{target.district}</td>
            <td data-label={t.targetCount}>{target.targetCount}</td>
            <td data-label={t.targetDue}>{target.dueOn}</td>
            {canEdit ? (
              <td className="row-actions">
                <button type="button" onClick={() => onEdit(target)}>
                  {t.roundEdit}
                </button>{' '}
                <button type="button" disabled={isSaving} onClick={() => onDelete(target)}>
                  {t.roundDelete}
                </button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
