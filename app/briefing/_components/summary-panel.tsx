import type { Briefing } from '@/lib/db/queries/briefing';
import type { SliderDay } from '@/lib/briefing/slider-days';
import type { Locale, Messages } from '@/lib/i18n/messages';
import { formatDay, formatInstant } from '@/lib/i18n/format-time';
import { ProgressChart } from '../../_components/charts/progress-chart';
import { BarChart } from './bar-chart';
import { ZoneSwatch } from './zone-swatch';

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

const ZONE_LABEL = { sealed: 'zoneSealed', controlled: 'zoneControlled', precaution: 'zonePrecaution' } as const;

type Props = { briefing: Briefing; days: SliderDay[]; dayIndex: number; locale: Locale; timeZone: string; messages: Messages; showChanges: boolean; onShowChanges: (value: boolean) => void };

/** The figures at the slider's time (computed in the database) and the changes of the previous day. */
export function SummaryPanel({ briefing, days, dayIndex, locale, timeZone, messages: m, showChanges, onShowChanges }: Props) {
  const f = briefing.figures;
  const number = new Intl.NumberFormat(locale);
  const byDay = new Map(f.casesByDay.map((d) => [d.day, d.count]));
  const values = days.map((d) => ({ key: d.day, value: byDay.get(d.day) ?? 0 }));
  const roundsOn = new Map(f.roundsByDay.map((d) => [d.day, d.rounds]));
  const roundValues = days.map((d) => ({ key: d.day, value: roundsOn.get(d.day) ?? 0 }));
  const zonesAdded = briefing.changes.zones.filter((z) => z.change === 'added');
  const zonesLifted = briefing.changes.zones.filter((z) => z.change === 'lifted');
  const hasChanges = briefing.changes.zones.length + briefing.changes.cases.length > 0;
  return (
    <section className="briefing-summary" aria-labelledby="summary-heading" data-testid="briefing-summary">
      <h2 id="summary-heading">{m.briefingSummary}</h2>
      <h3>{m.briefingZonesInForce}</h3>
      <ul className="zone-figures">
        {f.zonesByKind.map((z) => (
          <li key={z.kind} data-testid={`zone-figure-${z.kind}`} data-count={z.count}>
            <ZoneSwatch kind={z.kind} size={34} />
            <strong>{m[ZONE_LABEL[z.kind]]}</strong>
            <span>{fill(m.briefingZoneRow, { count: z.count, area: z.areaKm2.toFixed(2), population: number.format(z.population) })}</span>
          </li>
        ))}
      </ul>
      <h3>{m.briefingCasesByDay}</h3>
      <BarChart values={values} currentKey={days[dayIndex]?.day} label={m.briefingCasesByDay} />
      <p className="figure-line">
        <strong data-testid="cases-total" data-count={f.casesTotal}>
          {fill(m.briefingCasesTotal, { total: f.casesTotal })}
        </strong>
        {' · '}
        <span data-testid="cases-24h" data-count={f.casesLast24h}>
          {fill(m.briefingCasesLast24h, { count: f.casesLast24h })}
        </span>
      </p>
      <p className="figure-line" data-testid="reports-awaiting">
        {fill(m.briefingReportsAwaiting, { count: f.reportsAwaiting })}
      </p>
      <p className="figure-line" data-testid="no-epidemic" data-count={f.communities.noEpidemic}>
        {fill(m.briefingNoEpidemic, { count: f.communities.noEpidemic, total: f.communities.total })}
        {f.communities.target !== null && !f.progress?.targets.length ? ` · ${fill(m.noEpidemicTarget, { target: f.communities.target })}` : ''}
        <small>{fill(m.ruleSummary, { days: f.communities.days })}</small>
      </p>
      {f.progress ? (
        <>
          <h3>{m.progressTitle}</h3>
          <ProgressChart
            days={f.progress.days}
            targets={f.progress.targets}
            total={f.progress.total}
            currentDay={days[dayIndex]?.day}
            title={m.progressTitle}
            summaryTemplate={m.progressSummary}
            summaryNoTargetTemplate={m.progressSummaryNoTarget}
            formatDay={(day) => formatDay(day, locale)}
          />
        </>
      ) : null}
      {f.roundsByDay.length ? (
        <>
          <h3>{m.roundsByDay}</h3>
          <BarChart values={roundValues} currentKey={days[dayIndex]?.day} label={m.roundsByDay} testId="rounds-chart" />
        </>
      ) : null}
      <h3>
        {m.briefingChanges}{' '}
        <label className="inline-toggle">
          <input type="checkbox" checked={showChanges} onChange={(e) => onShowChanges(e.target.checked)} data-testid="changes-toggle" /> {m.briefingChangesShow}
        </label>
      </h3>
      {hasChanges ? (
        <ul className="changes-list" data-testid="changes-list">
          {zonesAdded.map((z) => (
            <li key={`a${z.id}`}>
              <span className="tag">{m.briefingZoneAdded}</span> {z.name} <small>{formatInstant(z.at, locale, timeZone)}</small>
            </li>
          ))}
          {zonesLifted.map((z) => (
            <li key={`l${z.id}`}>
              <span className="tag lifted">{m.briefingZoneLifted}</span> {z.name} <small>{formatInstant(z.at, locale, timeZone)}</small>
            </li>
          ))}
          {briefing.changes.cases.map((c) => (
            <li key={c.code}>
              <span className="tag">{m.briefingCaseAdded}</span> {c.code} <small>{formatInstant(c.reportedAt, locale, timeZone)}</small>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{m.briefingNoChanges}</p>
      )}
    </section>
  );
}
