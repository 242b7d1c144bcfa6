'use client';
import { fromLocalInput, type CaseDraft, type CaseField, type EditableCase, type VisitRow } from '@/lib/cases/case-draft';
import type { StoredVisit } from '@/lib/cases/staff-case-parts';
import { conflictRows, type FieldSides } from '@/lib/conflict/field-conflicts';
import type { Messages } from '@/lib/i18n/messages';
import { RecordConflict } from '../../_components/record-conflict';

type Props = {
  read: EditableCase | undefined;
  theirs: EditableCase;
  mine: CaseDraft;
  message: string;
  t: Messages;
  when: (iso: string) => string;
  communityName: (id: number | null) => string | null;
  onReapply: () => void;
  onDiscard: () => void;
};

const FIELDS: readonly CaseField[] = ['classification', 'reportedAt', 'communityId', 'status', 'visits'];
const LABEL_KEYS: Record<CaseField, 'classification' | 'reportedAt' | 'caseHomeCommunity' | 'conflictFieldStatus' | 'conflictFieldVisits'> = {
  classification: 'classification',
  reportedAt: 'reportedAt',
  communityId: 'caseHomeCommunity',
  status: 'conflictFieldStatus',
  visits: 'conflictFieldVisits',
};

/** A case save refused because someone else saved first: the shared conflict view, with their visits listed. The draft stays in the form. */
export function CaseConflict({ read, theirs, mine, message, t, when, communityName, onReapply, onDiscard }: Props) {
  const storedVisits = (visits: StoredVisit[]) => visits.map((v) => `${v.place ?? '—'} ${when(v.startsAt)}`).join('；');
  const draftVisit = (v: VisitRow) => `${v.place || '—'} ${when(fromLocalInput(v.kind === 'stay' ? v.start : v.times[0] ?? ''))}`;
  const text = (c: EditableCase): Record<CaseField, string> => ({
    classification: t[c.classification],
    reportedAt: when(c.reportedAt),
    communityId: communityName(c.communityId) ?? '',
    status: c.status === 'published' ? t.casePublished : t.caseDraft,
    visits: storedVisits(c.visits),
  });
  const [readText, theirText] = [read && text(read), text(theirs)];
  const mineText: Record<CaseField, string> = {
    classification: t[mine.classification],
    reportedAt: when(fromLocalInput(mine.reportedAt)),
    communityId: communityName(mine.communityId) ?? '',
    status: (readText ?? theirText).status,
    visits: mine.visits.map(draftVisit).join('；'),
  };
  const sides = Object.fromEntries(FIELDS.map((f) => [f, { ...(readText ? { read: readText[f] } : {}), theirs: theirText[f], mine: mineText[f] }])) as Record<CaseField, FieldSides>;
  const rows = conflictRows(sides, FIELDS).map((row) => ({ ...row, label: t[LABEL_KEYS[row.field]] }));
  return (
    <RecordConflict testId="case-conflict" message={message} version={theirs.version} rows={rows} t={t} onReapply={onReapply} onDiscard={onDiscard}>
      <h4>{t.conflictTheirs}</h4>
      <ol data-testid="conflict-theirs">
        {theirs.visits.map((v, i) => (
          <li key={i}>
            {v.place ?? '—'} · {when(v.startsAt)} – {when(v.endsAt)}
          </li>
        ))}
      </ol>
    </RecordConflict>
  );
}
