'use client';
import { useState } from 'react';
import { describeImportWarning, fillMessage, previewHasChanges } from '@/lib/cases/describe-import';
import type { ImportPreview, VisitSummary } from '@/lib/cases/import-preview';
import type { Messages } from '@/lib/i18n/messages';

type Props = {
  fileName: string;
  preview: ImportPreview;
  t: Messages;
  when: (ms: number) => string;
  isSaving: boolean;
  onImport: (replacePublished: string[]) => void;
  onCancel: () => void;
};

const visitText = (v: VisitSummary, when: (ms: number) => string) => `${v.place ?? '—'} · ${when(v.start)} – ${when(v.end)}`;

/** What a file would do before it is saved: new and changed cases visit by visit, warnings, and the published cases it would replace (confirmed by a tick). */
export function ImportPreviewPanel({ fileName, preview, t, when, isSaving, onImport, onCancel }: Props) {
  const [isConfirmed, setIsConfirmed] = useState(false);
  const needsConfirm = preview.publishedChanged.length > 0;
  const hasChanges = previewHasChanges(preview);
  return (
    <section className="case-preview" data-testid="import-preview" aria-label={fillMessage(t.importPreviewTitle, { file: fileName })}>
      <h2>{fillMessage(t.importPreviewTitle, { file: fileName })}</h2>
      <p className="hint">{t.importPreviewHint}</p>
      {preview.newCases.length ? (
        <>
          <h3>{fillMessage(t.importNewCases, { n: preview.newCases.length })}</h3>
          <ul data-testid="import-new">
            {preview.newCases.map((c) => (
              <li key={c.caseCode}>{fillMessage(t.importNewCase, { code: c.caseCode, n: c.visits.length })}</li>
            ))}
          </ul>
        </>
      ) : null}
      {preview.changedCases.length ? (
        <>
          <h3>{fillMessage(t.importChangedCases, { n: preview.changedCases.length })}</h3>
          <ul data-testid="import-changed">
            {preview.changedCases.map((c) => (
              <li key={c.caseCode}>
                {fillMessage(t.importCaseChange, { code: c.caseCode, status: c.status === 'published' ? t.casePublished : t.caseDraft, version: c.version, added: c.added.length, removed: c.removed.length, changed: c.changed.length, kept: c.kept })}
                <ul className="meta">
                  {c.added.map((v, i) => <li key={`a${i}`}>+ {t.importVisitAdded}: {visitText(v, when)}</li>)}
                  {c.removed.map((v, i) => <li key={`r${i}`}>− {t.importVisitRemoved}: {visitText(v, when)}</li>)}
                  {c.changed.map((v, i) => <li key={`c${i}`}>~ {t.importVisitChanged}: {visitText(v.before, when)} → {visitText(v.after, when)}</li>)}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {preview.unchangedCases.length ? <p className="meta">{fillMessage(t.importUnchangedCases, { n: preview.unchangedCases.length, codes: preview.unchangedCases.join('、') })}</p> : null}
      {preview.warnings.length ? (
        <>
          <h3>{fillMessage(t.importWarnings, { n: preview.warnings.length })}</h3>
          <ul className="form-warning" data-testid="import-warnings">
            {preview.warnings.map((w, i) => <li key={i}>{describeImportWarning(w, t, when)}</li>)}
          </ul>
        </>
      ) : null}
      {needsConfirm ? (
        <div className="form-error" role="alert">
          <p>{fillMessage(t.importPublishedWarning, { codes: preview.publishedChanged.join('、') })}</p>
          <label>
            <input type="checkbox" checked={isConfirmed} onChange={(e) => setIsConfirmed(e.target.checked)} /> {t.importConfirmPublished}
          </label>
        </div>
      ) : null}
      {!hasChanges ? <p className="form-ok">{t.importNothing}</p> : null}
      <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
        <button type="button" className="staff-button" disabled={isSaving || !hasChanges || (needsConfirm && !isConfirmed)} onClick={() => onImport(isConfirmed ? preview.publishedChanged : [])}>
          {t.importRun}
        </button>
        <button type="button" className="staff-button secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </section>
  );
}
