'use client';
import type { Locale, Messages } from '@/lib/i18n/messages';
import type { WorkspaceZone } from '@/lib/zones/zone-types';
import { KIND_KEYS } from './zone-notice';

type Props = {
  zone: WorkspaceZone;
  t: Messages;
  locale: Locale;
  formatTime: (iso: string | null) => string;
  isSelected: boolean;
  canEdit: boolean;
  isSaving: boolean;
  onStep: (zone: WorkspaceZone) => void;
  onReshape: (zone: WorkspaceZone) => void;
  onLift: (zone: WorkspaceZone) => void;
  onRemove: (zone: WorkspaceZone) => void;
};

/** One zone in the list: its kind and dates, the communities it reaches, the next lifecycle step, and staff's actions. */
export function ZoneItem({ zone, t, locale, formatTime, isSelected, canEdit, isSaving, onStep, onReshape, onLift, onRemove }: Props) {
  return (
    <li className={`zone-item ${zone.kind}${isSelected ? ' selected' : ''}`} data-testid="zone-item">
      <h3>{zone.name}</h3>
      <div className="meta">
        {t[KIND_KEYS[zone.kind]]} · {t.effectiveFrom} {formatTime(zone.effectiveFrom)}
        {zone.plannedLift ? ` · ${t.plannedLift} ${formatTime(zone.plannedLift)}` : ''}
        {zone.liftedAt ? ` · ${t.liftedAt} ${formatTime(zone.liftedAt)}` : ''}
      </div>
      <div className="meta">
        {zone.communities.length ? `${t.communities}: ${zone.communities.join('、')} · ${t.population} ${zone.population.toLocaleString(locale)}` : null}
      </div>
      {zone.proposal && !zone.liftedAt ? (
        <div className={zone.proposal.isDue ? 'step-due' : 'meta'} data-testid="zone-step">
          {(zone.proposal.isDue ? t.stepDue : t.stepPlanned).replace('{kind}', t[KIND_KEYS[zone.proposal.to]]).replace('{date}', formatTime(zone.proposal.dueAt))}
          {zone.proposal.isDue && canEdit ? (
            <button type="button" className="staff-button" onClick={() => onStep(zone)} disabled={isSaving}>
              {t.stepConfirm}
            </button>
          ) : null}
        </div>
      ) : null}
      {canEdit && !zone.liftedAt ? (
        <div className="actions">
          <button type="button" className="staff-button secondary" onClick={() => onReshape(zone)} disabled={isSaving}>
            {t.reshape}
          </button>
          <button type="button" className="staff-button secondary" onClick={() => onLift(zone)} disabled={isSaving}>
            {t.liftZoneNow}
          </button>
          <button type="button" className="staff-button danger" onClick={() => onRemove(zone)} disabled={isSaving}>
            {t.deleteZone}
          </button>
        </div>
      ) : null}
    </li>
  );
}
