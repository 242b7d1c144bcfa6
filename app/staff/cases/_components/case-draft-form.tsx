'use client';
import { CASE_CLASSIFICATIONS, type CaseClassification } from '@/lib/enums';
import { addressWarning } from '@/lib/cases/looks-like-address';
import type { CaseDraft, MovementRow, StayRow } from '@/lib/cases/case-draft';
import type { VertexProblem } from '@/lib/cases/movement-times';
import type { Messages } from '@/lib/i18n/messages';
import { PersonalDataWarning } from '../../_components/personal-data-warning';
import { MovementEditor } from '../movement-editor';

type Props = {
  draft: CaseDraft;
  t: Messages;
  homeCommunities: { id: number; name: string; district: string }[];
  isEditingPublished: boolean;
  isSaving: boolean;
  isDrawingLine: boolean;
  reshapingKey: number | null;
  problems: Map<number, VertexProblem[]>;
  onChange: (draft: CaseDraft) => void;
  onVisit: (key: number, patch: Partial<StayRow> | Partial<MovementRow>) => void;
  onMove: (index: number, by: number) => void;
  onRemove: (key: number) => void;
  onFocusVertex: (vertex: { key: number; index: number } | null) => void;
  onStartLine: () => void;
  onStopLine: () => void;
  onReshape: (row: MovementRow) => void;
  onSave: () => void;
  onCancel: () => void;
};

/** The case editor: code, classification, report time, home community, and its visits in order (places and drawn movements). */
export function CaseDraftForm(props: Props) {
  const { draft, t, onChange } = props;
  return (
    <form className="staff-form" onSubmit={(e) => { e.preventDefault(); props.onSave(); }}>
      <label htmlFor="case-code">{t.caseCode}</label>
      <input id="case-code" value={draft.code} readOnly={draft.isExisting} maxLength={40} onChange={(e) => onChange({ ...draft, code: e.target.value })} />
      <label htmlFor="case-class">{t.classification}</label>
      <select id="case-class" value={draft.classification} onChange={(e) => onChange({ ...draft, classification: e.target.value as CaseClassification })}>
        {CASE_CLASSIFICATIONS.map((c) => (
          <option key={c} value={c}>
            {t[c]}
          </option>
        ))}
      </select>
      <label htmlFor="case-reported">{t.reportedAt}</label>
      <input id="case-reported" type="datetime-local" value={draft.reportedAt} onChange={(e) => onChange({ ...draft, reportedAt: e.target.value })} />
      <label htmlFor="case-community">{t.caseHomeCommunity}</label>
      <select id="case-community" value={draft.communityId ?? ''} onChange={(e) => onChange({ ...draft, communityId: e.target.value ? Number(e.target.value) : null })}>
        <option value="">{t.caseHomeCommunityNone}</option>
        {props.homeCommunities.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} · {c.district}
          </option>
        ))}
      </select>
      <p className="hint">{t.caseHomeCommunityHint}</p>
      {props.isEditingPublished ? (
        <p className="form-warning" role="status" data-testid="editing-published">
          {t.caseEditingPublished}
        </p>
      ) : null}
      <p className="hint">{props.isDrawingLine ? t.caseDrawLineHint : props.reshapingKey !== null ? t.movementReshapeHint : t.caseAddingPlaces}</p>
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="button" className="staff-button secondary" onClick={props.isDrawingLine ? props.onStopLine : props.onStartLine}>
          {props.isDrawingLine ? t.cancel : t.caseDrawLine}
        </button>
      </div>
      <ol className="visit-list">
        {draft.visits.map((v, i) => (
          <li key={v.key} data-testid="visit-row">
            {v.kind === 'stay' ? (
              <>
                <input aria-label={`${t.place} ${i + 1}`} placeholder={t.place} value={v.place} maxLength={200} onChange={(e) => props.onVisit(v.key, { place: e.target.value })} />
                <input aria-label={`${t.from} ${i + 1}`} type="datetime-local" value={v.start} onChange={(e) => props.onVisit(v.key, { start: e.target.value })} />
                <input aria-label={`${t.to} ${i + 1}`} type="datetime-local" value={v.end} onChange={(e) => props.onVisit(v.key, { end: e.target.value })} />
                <PersonalDataWarning text={v.place} message={t.caseAddressWarning} warningOf={addressWarning} />
              </>
            ) : (
              <MovementEditor
                row={v}
                number={draft.visits.slice(0, i + 1).filter((x) => x.kind === 'movement').length}
                problems={props.problems.get(v.key) ?? []}
                t={t}
                onChange={(patch) => props.onVisit(v.key, patch)}
                onFocusVertex={(index) => props.onFocusVertex(index === null ? null : { key: v.key, index })}
                isReshaping={props.reshapingKey === v.key}
                onReshape={() => (props.reshapingKey === v.key ? props.onStopLine() : props.onReshape(v))}
              />
            )}
            <span className="visit-actions">
              <button type="button" aria-label="up" onClick={() => props.onMove(i, -1)}>↑</button>
              <button type="button" aria-label="down" onClick={() => props.onMove(i, 1)}>↓</button>
              <button type="button" onClick={() => props.onRemove(v.key)}>
                {t.deleteZone}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="submit" disabled={props.isSaving}>{props.isSaving ? t.saving : t.caseSaveDraft}</button>
        <button type="button" className="staff-button secondary" onClick={props.onCancel}>{t.cancel}</button>
      </div>
    </form>
  );
}
