'use client';
import { zoneTextWarning } from '@/lib/cases/looks-like-address';
import { ZONE_KINDS, type ZoneKind } from '@/lib/enums';
import type { Messages } from '@/lib/i18n/messages';
import type { ZoneForm } from '@/lib/zones/zone-form';
import { PersonalDataWarning } from '../../_components/personal-data-warning';
import { SaveCancel } from '../../_components/save-cancel';
import { KIND_KEYS } from './zone-notice';

type Props = { form: ZoneForm; t: Messages; isSaving: boolean; onChange: (form: ZoneForm) => void; onSave: () => void; onCancel: () => void };

/** The fields of a drawn or reshaped zone: kind, public name and note, dates, and an optional pasted boundary. */
export function ZoneEditorForm({ form, t, isSaving, onChange, onSave, onCancel }: Props) {
  const set = (patch: Partial<ZoneForm>) => onChange({ ...form, ...patch });
  return (
    <form
      className="staff-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <p className="hint">{t.zoneEditorHint}</p>
      <label htmlFor="zone-kind">{t.zoneKind}</label>
      <select id="zone-kind" value={form.kind} onChange={(e) => set({ kind: e.target.value as ZoneKind })}>
        {ZONE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t[KIND_KEYS[kind]]}
          </option>
        ))}
      </select>
      <p className="hint" id="zone-public-hint">
        {t.zonePublicHint}
      </p>
      <label htmlFor="zone-name">{t.zoneName}</label>
      <input id="zone-name" aria-describedby="zone-public-hint" value={form.name} maxLength={200} onChange={(e) => set({ name: e.target.value })} />
      <PersonalDataWarning text={form.name} message={t.zoneNameWarning} warningOf={zoneTextWarning} />
      <label htmlFor="zone-from">{t.effectiveFrom}</label>
      <input id="zone-from" type="datetime-local" value={form.effectiveFrom} onChange={(e) => set({ effectiveFrom: e.target.value })} />
      <label htmlFor="zone-lift">{t.plannedLift}</label>
      <input id="zone-lift" type="datetime-local" value={form.plannedLift} onChange={(e) => set({ plannedLift: e.target.value })} />
      <label htmlFor="zone-note">{t.zoneNote}</label>
      <textarea id="zone-note" aria-describedby="zone-public-hint" rows={2} maxLength={2000} value={form.note} onChange={(e) => set({ note: e.target.value })} />
      <PersonalDataWarning text={form.note} message={t.zoneNoteWarning} warningOf={zoneTextWarning} />
      <label htmlFor="zone-geojson">{t.zonePasteGeoJson}</label>
      <textarea id="zone-geojson" rows={2} spellCheck={false} placeholder='{"type":"Polygon","coordinates":[…]}' value={form.pasted} onChange={(e) => set({ pasted: e.target.value })} />
      <SaveCancel isSaving={isSaving} onCancel={onCancel} labels={t} />
    </form>
  );
}
