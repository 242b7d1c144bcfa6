'use client';
import { zoneTextWarning } from '@/lib/cases/looks-like-address';
import { ZONE_KINDS, type ZoneKind } from '@/lib/enums';
import type { Messages } from '@/lib/i18n/messages';
import { GENERATE_HINT_KEYS, minRadius, type Generate } from '@/lib/zones/generate-state';
import { PersonalDataWarning } from '../../_components/personal-data-warning';
import { SaveCancel } from '../../_components/save-cancel';
import { KIND_KEYS } from './zone-notice';

type Props = {
  generate: Generate;
  t: Messages;
  effectiveFrom: string;
  isSaving: boolean;
  onChange: (generate: Generate) => void;
  onRadius: (kind: ZoneKind, value: number) => void;
  onEffectiveFrom: (value: string) => void;
  onRun: () => void;
  onSave: () => void;
  onCancel: () => void;
};

/** The generator's form: outline tools (pick a building, paste), the three distances, the shared name and start. */
export function GenerateForm({ generate, t, effectiveFrom, isSaving, onChange, onRadius, onEffectiveFrom, onRun, onSave, onCancel }: Props) {
  return (
    <form
      className="staff-form"
      data-testid="generate-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <p className="hint">{t[GENERATE_HINT_KEYS[generate.phase]]}</p>
      {generate.phase === 'outline' ? <OutlineTools generate={generate} t={t} onChange={onChange} /> : null}
      {ZONE_KINDS.map((kind) => (
        <div key={kind} style={{ display: 'grid', gap: 2 }}>
          <label htmlFor={`radius-${kind}`}>{(generate.source === 'outline' ? t.generateDistance : t.generateRadius).replace('{kind}', t[KIND_KEYS[kind]])}</label>
          <input
            id={`radius-${kind}`}
            type="number"
            min={minRadius(generate, kind)}
            max={20000}
            step={10}
            disabled={generate.phase === 'edit'}
            value={generate.radii[kind]}
            onChange={(e) => onRadius(kind, Number(e.target.value))}
          />
        </div>
      ))}
      {generate.source === 'outline' ? <p className="meta">{t.generateSealedZero}</p> : null}
      {generate.phase === 'outline' ? (
        <button type="button" className="staff-button" onClick={onRun}>
          {t.generateRun}
        </button>
      ) : null}
      <p className="hint" id="generate-public-hint">
        {t.zonePublicHint}
      </p>
      <label htmlFor="generate-name">{t.zoneName}</label>
      <input id="generate-name" aria-describedby="generate-public-hint" value={generate.base} maxLength={150} onChange={(e) => onChange({ ...generate, base: e.target.value })} />
      <PersonalDataWarning text={generate.base} message={t.zoneNameWarning} warningOf={zoneTextWarning} />
      <label htmlFor="generate-from">{t.effectiveFrom}</label>
      <input id="generate-from" type="datetime-local" value={effectiveFrom} onChange={(e) => onEffectiveFrom(e.target.value)} />
      <SaveCancel isSaving={isSaving} canSave={generate.phase === 'edit'} onCancel={onCancel} labels={t} />
    </form>
  );
}

/** Where the outline comes from besides drawing: a building picked on the basemap, or pasted GeoJSON. */
function OutlineTools({ generate, t, onChange }: { generate: Generate; t: Messages; onChange: (generate: Generate) => void }) {
  return (
    <>
      {generate.buildings.length ? (
        <button type="button" className="staff-button secondary" aria-pressed={generate.isPickingBuilding} onClick={() => onChange({ ...generate, isPickingBuilding: !generate.isPickingBuilding })}>
          {generate.isPickingBuilding ? t.generatePickingBuilding : t.generatePickBuilding}
        </button>
      ) : (
        <p className="meta">{t.generateNoBuildings}</p>
      )}
      <label htmlFor="generate-outline">{t.generateOutlinePaste}</label>
      <textarea id="generate-outline" rows={2} spellCheck={false} placeholder='{"type":"Polygon","coordinates":[…]}' value={generate.pasted} onChange={(e) => onChange({ ...generate, pasted: e.target.value })} />
    </>
  );
}
