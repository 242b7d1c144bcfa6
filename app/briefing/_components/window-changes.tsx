import type { BriefingChanges, NewCases } from '@/lib/db/queries/briefing';
import { fillTemplate } from '@/lib/briefing/briefing-text';
import { formatInstant } from '@/lib/i18n/format-time';
import type { Locale, Messages } from '@/lib/i18n/messages';

type Props = { newCases: NewCases; changes: BriefingChanges; locale: Locale; timeZone: string; messages: Messages };

const CHANGE_TAG = { declared: 'briefingZoneDeclared', stepped: 'briefingZoneStepped', lifted: 'briefingZoneLifted' } as const;

/** The meeting's question: new cases in the window by community, and what happened to zones and cases in it. */
export function NewCasesFigure({ newCases, messages: m }: Pick<Props, 'newCases' | 'messages'>) {
  return (
    <div className="new-cases">
      <p className="figure-line big" data-testid="new-cases" data-count={newCases.count}>
        <strong>{fillTemplate(m.briefingNewCasesCount, { count: newCases.count })}</strong>
      </p>
      {newCases.byCommunity.length ? (
        <ul className="by-community" data-testid="new-cases-by-community">
          {newCases.byCommunity.map((c) => (
            <li key={c.communityId ?? 'unknown'}>{fillTemplate(m.briefingNewCasesIn, { name: c.name ?? m.briefingCommunityUnknown, count: c.count })}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** At city scale a day can declare hundreds of zones: the list shows the first ones and says how many more. */
const MAX_LISTED = 12;

export function ChangesList({ changes, locale, timeZone, messages: m }: Omit<Props, 'newCases'>) {
  if (changes.zones.length + changes.cases.length === 0) return <p className="muted">{m.briefingNoChanges}</p>;
  const zones = changes.zones.slice(0, MAX_LISTED);
  const cases = changes.cases.slice(0, Math.max(0, MAX_LISTED - zones.length));
  const more = changes.zones.length + changes.cases.length - zones.length - cases.length;
  return (
    <ul className="changes-list" data-testid="changes-list" data-count={changes.zones.length + changes.cases.length}>
      {zones.map((z) => (
        <li key={`${z.change}-${z.id}`} data-change={z.change}>
          <span className={`tag ${z.change}`}>{m[CHANGE_TAG[z.change]]}</span> {z.name} <small>{formatInstant(z.at, locale, timeZone)}</small>
        </li>
      ))}
      {cases.map((c) => (
        <li key={c.code}>
          <span className="tag">{m.briefingCaseAdded}</span> {c.code} <small>{formatInstant(c.reportedAt, locale, timeZone)}</small>
        </li>
      ))}
      {more > 0 ? <li className="muted">{fillTemplate(m.briefingChangesMore, { count: more })}</li> : null}
    </ul>
  );
}
