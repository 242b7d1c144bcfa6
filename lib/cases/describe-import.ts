import type { Messages } from '@/lib/i18n/messages';
import type { ImportPreview, ImportWarning } from './import-preview';

/** Fills a message template's `{name}` slots. */
export function fillMessage(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * One import warning as a sentence in the reader's language (`formatTime` writes instants in their zone).
 *
 * @example
 * describeImportWarning({ kind: 'future', caseCode: 'C-1', visits: 2, latest: 0 }, t, String) // → 'C-1: 2 visits end after now (latest 0).'
 */
export function describeImportWarning(warning: ImportWarning, t: Messages, formatTime: (ms: number) => string): string {
  switch (warning.kind) {
    case 'parser':
      return fillMessage(t.importWarnParser, { text: warning.text });
    case 'outside-area':
      return fillMessage(t.importWarnOutside, { code: warning.caseCode, n: warning.visits, first: warning.first });
    case 'future':
      return fillMessage(t.importWarnFuture, { code: warning.caseCode, n: warning.visits, at: formatTime(warning.latest) });
    case 'normalised':
      return warning.note.change === 'motionless'
        ? fillMessage(t.importWarnMotionless, { code: warning.caseCode, part: warning.note.part, vertices: warning.note.vertices })
        : fillMessage(t.importWarnRepeated, { code: warning.caseCode, part: warning.note.part, dropped: warning.note.dropped, stays: warning.note.stays });
  }
}

/** Whether saving the previewed file would change anything at all. */
export function previewHasChanges(preview: ImportPreview): boolean {
  return preview.newCases.length > 0 || preview.changedCases.length > 0;
}

/**
 * The preview as plain lines (the CLI prints them), in the reader's language.
 *
 * @example
 * describePreview(preview, t, String) // → ['New cases (1)', '  C-100: 3 visits', 'Changed cases (1)', '  C-009 (published, version 4): 0 visits added, 8 removed, …']
 */
export function describePreview(preview: ImportPreview, t: Messages, formatTime: (ms: number) => string): string[] {
  const lines: string[] = [];
  if (preview.newCases.length) {
    lines.push(fillMessage(t.importNewCases, { n: preview.newCases.length }));
    for (const c of preview.newCases) lines.push(`  ${fillMessage(t.importNewCase, { code: c.caseCode, n: c.visits.length })}`);
  }
  if (preview.changedCases.length) {
    lines.push(fillMessage(t.importChangedCases, { n: preview.changedCases.length }));
    for (const c of preview.changedCases) {
      const status = c.status === 'published' ? t.casePublished : t.caseDraft;
      lines.push(`  ${fillMessage(t.importCaseChange, { code: c.caseCode, status, version: c.version, added: c.added.length, removed: c.removed.length, changed: c.changed.length, kept: c.kept })}`);
    }
  }
  if (preview.unchangedCases.length) lines.push(fillMessage(t.importUnchangedCases, { n: preview.unchangedCases.length, codes: preview.unchangedCases.join(', ') }));
  if (preview.warnings.length) {
    lines.push(fillMessage(t.importWarnings, { n: preview.warnings.length }));
    for (const w of preview.warnings) lines.push(`  ${describeImportWarning(w, t, formatTime)}`);
  }
  return lines;
}
