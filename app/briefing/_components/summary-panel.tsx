import type { Briefing } from '@/lib/db/queries/briefing';
import { fillTemplate, windowText } from '@/lib/briefing/briefing-text';
import type { SliderDay } from '@/lib/briefing/slider-days';
import type { Locale, Messages } from '@/lib/i18n/messages';
import { formatDay } from '@/lib/i18n/format-time';
import { ProgressChart } from '../../_components/charts/progress-chart';
import { BarChart } from './bar-chart';
import { ZoneFigures } from './zone-figures';
import { ChangesList, NewCasesFigure } from './window-changes';

type Props = { briefing: Briefing; days: SliderDay[]; dayIndex: number; locale: Locale; timeZone: string; messages: Messages; showChanges: boolean; onShowChanges: (value: boolean) => void };

/** The figures at the slider's moment: new cases and changes in the window first, then zones, cases by day, progress. */
export function SummaryPanel({ briefing, days, dayIndex, locale, timeZone, messages: m, showChanges, onShowChanges }: Props) {
  const f = briefing.figures;
  const byDay = new Map(f.casesByDay.map((d) => [d.day, d.count]));
  const values = days.map((d) => ({ key: d.day, value: byDay.get(d.day) ?? 0 }));
  const roundsOn = new Map(f.roundsByDay.map((d) => [d.day, d.rounds]));
  const roundValues = days.map((d) => ({ key: d.day, value: roundsOn.get(d.day) ?? 0 }));
  const currentDay = days[dayIndex]?.day;
  return (
    <section className="briefing-summary" aria-labelledby="summary-heading" data-testid="briefing-summary">
      <h2 id="summary-heading">{m.briefingSummary}</h2>
      <p className="window-line" data-testid="briefing-window">
        {windowText(f.newCases, m, locale, timeZone)}
      </p>
      <NewCasesFigure newCases={f.newCases} messages={m} />
      <h3>
        {m.briefingChanges}{' '}
        <label className="inline-toggle">
          <input type="checkbox" checked={showChanges} onChange={(e) => onShowChanges(e.target.checked)} data-testid="changes-toggle" /> {m.briefingChangesShow}
        </label>
      </h3>
      <ChangesList changes={briefing.changes} locale={locale} timeZone={timeZone} messages={m} />
      <h3>{m.briefingZonesInForce}</h3>
      <ZoneFigures figures={f.zonesByKind} locale={locale} messages={m} />
      <h3>{m.briefingCasesByDay}</h3>
      <BarChart values={values} currentKey={currentDay} label={m.briefingCasesByDay} />
      <p className="figure-line">
        <strong data-testid="cases-total" data-count={f.casesTotal}>
          {fillTemplate(m.briefingCasesTotal, { total: f.casesTotal })}
        </strong>
      </p>
      <p className="figure-line" data-testid="reports-awaiting">
        {fillTemplate(m.briefingReportsAwaiting, { count: f.reportsAwaiting })}
      </p>
      {f.communities ? (
        <p className="figure-line" data-testid="no-epidemic" data-count={f.communities.noEpidemic}>
          {fillTemplate(m.briefingNoEpidemic, { count: f.communities.noEpidemic, total: f.communities.total })}
          {f.communities.target !== null && !f.progress?.targets.length ? ` · ${fillTemplate(m.noEpidemicTarget, { target: f.communities.target })}` : ''}
          <small>{fillTemplate(m.ruleSummary, { days: f.communities.days })}</small>
        </p>
      ) : null}
      {f.progress ? (
        <div className="screen-only">
          <h3>{m.progressTitle}</h3>
          <ProgressChart
            days={f.progress.days}
            targets={f.progress.targets}
            total={f.progress.total}
            currentDay={currentDay}
            title={m.progressTitle}
            summaryTemplate={m.progressSummary}
            summaryNoTargetTemplate={m.progressSummaryNoTarget}
            formatDay={(day) => formatDay(day, locale)}
          />
        </div>
      ) : null}
      {f.roundsByDay.length ? (
        <div className="screen-only">
          <h3>{m.roundsByDay}</h3>
          <BarChart values={roundValues} currentKey={currentDay} label={m.roundsByDay} testId="rounds-chart" />
        </div>
      ) : null}
    </section>
  );
}
