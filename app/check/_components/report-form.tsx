'use client';
import { useState } from 'react';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { overlapReportOf, type OverlapReport } from '@/lib/check/format-result';
import type { CommunityProperties } from '@/lib/community/community-types';
import { formatInstant } from '@/lib/i18n/format-time';
import { translate } from '@/lib/i18n/locale';
import type { Locale, MessageKey } from '@/lib/i18n/messages';

type Props = {
  locale: Locale;
  timeZone: string;
  communities: FeatureCollection<MultiPolygon, CommunityProperties>;
  communityId: string;
  onCommunityId: (id: string) => void;
  isPickingOnMap: boolean;
  onPickOnMap: (isPicking: boolean) => void;
  overlaps: OverlapReport[];
  /** The trajectory as GeoJSON, built only when a report that includes it is sent (a long one is costly to build). */
  trajectory: () => unknown;
  retentionDays: number;
};

type Status = { kind: 'idle' } | { kind: 'sending' } | { kind: 'sent'; expiresAt: string } | { kind: 'error'; message: string };

/** "Report to my community": only with the consent box ticked; says how long the report is kept. */
export function ReportForm(props: Props) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(props.locale, key, values);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [isTrajectoryIncluded, setIsTrajectoryIncluded] = useState(false);
  const [hasConsent, setHasConsent] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const communities = [...props.communities.features].sort((a, b) => a.properties.name.localeCompare(b.properties.name, props.locale));

  async function send(event: React.FormEvent) {
    event.preventDefault();
    if (!hasConsent) return;
    setStatus({ kind: 'sending' });
    try {
      const response = await fetch('/api/reports', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          consent: true,
          name,
          phone,
          communityId: Number(props.communityId),
          overlaps: props.overlaps.map(overlapReportOf),
          ...(isTrajectoryIncluded ? { trajectory: props.trajectory() } : {}),
        }),
      });
      const body = (await response.json()) as { expiresAt?: string; error?: string };
      if (response.status !== 201 || !body.expiresAt) throw new Error(body.error ?? response.statusText);
      setStatus({ kind: 'sent', expiresAt: body.expiresAt });
    } catch (error) {
      setStatus({ kind: 'error', message: (error as Error).message });
    }
  }

  if (status.kind === 'sent') {
    return (
      <section className="check-step" aria-labelledby="report-title">
        <h2 id="report-title">{t('reportTitle')}</h2>
        <p className="ok-note" role="status" data-testid="report-sent">
          {t('reportSent', { date: formatInstant(status.expiresAt, props.locale, props.timeZone) })}
        </p>
      </section>
    );
  }

  return (
    <section className="check-step" aria-labelledby="report-title">
      <h2 id="report-title">{t('reportTitle')}</h2>
      <p className="hint">{t('reportIntro')}</p>
      <form onSubmit={send} className="report-form" data-testid="report-form">
        <label>
          {t('reportName')}
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} autoComplete="name" />
        </label>
        <label>
          {t('reportPhone')}
          <input value={phone} onChange={(e) => setPhone(e.target.value)} required type="tel" inputMode="tel" autoComplete="tel" maxLength={25} />
        </label>
        <label>
          {t('reportCommunity')}
          <select value={props.communityId} onChange={(e) => props.onCommunityId(e.target.value)} required>
            <option value="">{t('reportCommunityPick')}</option>
            {communities.map((c) => (
              <option key={String(c.id)} value={String(c.id)}>
                {c.properties.name} · {c.properties.district}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button-secondary" aria-pressed={props.isPickingOnMap} onClick={() => props.onPickOnMap(!props.isPickingOnMap)}>
          {t('reportCommunityMap')}
        </button>
        <label className="check-row">
          <input type="checkbox" checked={isTrajectoryIncluded} onChange={(e) => setIsTrajectoryIncluded(e.target.checked)} />
          {t('reportIncludeTrajectory')}
        </label>
        <label className="check-row">
          <input type="checkbox" checked={hasConsent} onChange={(e) => setHasConsent(e.target.checked)} data-testid="report-consent" />
          {t('reportConsent')}
        </label>
        <p className="hint" data-testid="report-retention">
          {t('reportRetention', { days: props.retentionDays })}
        </p>
        <button type="submit" className="button-primary" disabled={!hasConsent || status.kind === 'sending'} data-testid="report-send">
          {status.kind === 'sending' ? t('reportSending') : t('reportSend')}
        </button>
        {status.kind === 'error' ? (
          <p className="error-note" role="alert">
            {t('reportFailed', { message: status.message })}
          </p>
        ) : null}
      </form>
    </section>
  );
}
