'use client';
import type { Messages } from '@/lib/i18n/messages';
import type { CommunityStatus } from '@/lib/zones/community-status';

const STATUS_KEYS = { sealed: 'zoneSealed', controlled: 'zoneControlled', precaution: 'zonePrecaution', 'no-epidemic': 'statusNoEpidemic', watch: 'statusWatch' } as const;

type Props = { statuses: { name: string; status: CommunityStatus }[]; target: number | null; days: number; t: Messages };

/** How many communities are no-epidemic (of all, against the target), and each community's status. */
export function CommunityStatusSummary({ statuses, target, days, t }: Props) {
  const count = statuses.filter((c) => c.status === 'no-epidemic').length;
  return (
    <section data-testid="community-status">
      <h2>{t.communityStatusTitle}</h2>
      <p className="meta">
        {t.noEpidemicCount.replace('{n}', String(count)).replace('{total}', String(statuses.length)).replace('{days}', String(days))}
        {target !== null ? ` · ${t.noEpidemicTarget.replace('{target}', String(target))}` : ''}
      </p>
      <details>
        <summary className="hint">{t.communityStatusList}</summary>
        <ul className="status-list">
          {statuses.map((c) => (
            <li key={c.name}>
              {c.name}: {t[STATUS_KEYS[c.status]]}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
