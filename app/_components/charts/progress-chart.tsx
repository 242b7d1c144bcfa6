import { combinedTarget, progressChartLayout, targetByDay, type DistrictTarget } from '@/lib/community/target-progress';

type Props = {
  days: { day: string; count: number }[];
  targets: DistrictTarget[];
  total: number;
  /** The day the summary speaks of (the slider's day, or today); the last day by default. */
  currentDay?: string;
  title: string;
  /** Templates: '{count} of {target} by {due}' and '{count} of {total} communities'. */
  summaryTemplate: string;
  summaryNoTargetTemplate: string;
  formatDay: (day: string) => string;
  width?: number;
  height?: number;
  testId?: string;
};

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/**
 * The number of no-epidemic communities per day as a line against the target in force each day (dashed
 * steps, a dotted line on each due day), with the summary sentence as text beside it ("20 of 100 by
 * 2 Sept") so it reads without the picture.
 */
export function ProgressChart({
  days,
  targets,
  total,
  currentDay,
  title,
  summaryTemplate,
  summaryNoTargetTemplate,
  formatDay,
  width = 340,
  height = 120,
  testId = 'progress-chart',
}: Props) {
  const day = currentDay ?? days[days.length - 1]?.day ?? '';
  const count = days.find((d) => d.day === day)?.count ?? days[days.length - 1]?.count ?? 0;
  const target = combinedTarget(targets, day);
  const summary = target
    ? fill(summaryTemplate, { count, target: target.targetCount, due: formatDay(target.dueOn) })
    : fill(summaryNoTargetTemplate, { count, total });
  const [top, bottom, left, right] = [14, 16, 24, 8];
  const plot = { width: width - left - right, height: height - top - bottom };
  const layout = progressChartLayout(days, targetByDay(targets, days.map((d) => d.day)), plot);
  const current = layout.points.find((p) => p.day === day);
  const lastTarget = days.length ? combinedTarget(targets, days[days.length - 1].day) : null;
  return (
    <figure
      className="progress-chart"
      data-testid={testId}
      data-count={count}
      data-target={target?.targetCount ?? ''}
      data-due={target?.dueOn ?? ''}
    >
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${testId}-title ${testId}-summary`}
      >
        <title id={`${testId}-title`}>{title}</title>
        <g transform={`translate(${left},${top})`}>
          <line x1={0} x2={plot.width} y1={plot.height} y2={plot.height} stroke="#5b6770" />
          <line x1={0} x2={0} y1={0} y2={plot.height} stroke="#5b6770" />
          <text x={-4} y={plot.height} fontSize={10} textAnchor="end" dominantBaseline="middle">
            0
          </text>
          <text x={-4} y={0} fontSize={10} textAnchor="end" dominantBaseline="middle">
            {layout.max}
          </text>
          {layout.targetY !== null && lastTarget ? (
            <g data-testid={`${testId}-target`}>
              <path d={layout.targetPath} fill="none" stroke="#b3261e" strokeDasharray="5 4" />
              <text x={plot.width} y={layout.targetY - 3} fontSize={10} textAnchor="end" fill="#b3261e">
                {lastTarget.targetCount} · {formatDay(lastTarget.dueOn)}
              </text>
              {layout.targetStepEnds.map((end) => (
                <g key={end.day}>
                  <line x1={end.x} x2={end.x} y1={0} y2={plot.height} stroke="#b3261e" strokeDasharray="2 3" />
                  <text x={end.x - 3} y={end.y - 3} fontSize={10} textAnchor="end" fill="#b3261e">
                    {end.count} · {formatDay(end.day)}
                  </text>
                </g>
              ))}
            </g>
          ) : null}
          <path d={layout.path} fill="none" stroke="#1c2329" strokeWidth={2} />
          {current ? <circle cx={current.x} cy={current.y} r={3.5} fill="#1c2329" /> : null}
          {days.length > 0 ? (
            <>
              <text x={0} y={plot.height + 12} fontSize={10}>
                {formatDay(days[0].day)}
              </text>
              <text x={plot.width} y={plot.height + 12} fontSize={10} textAnchor="end">
                {formatDay(days[days.length - 1].day)}
              </text>
            </>
          ) : null}
        </g>
      </svg>
      <figcaption id={`${testId}-summary`} data-testid={`${testId}-summary`}>
        {summary}
      </figcaption>
    </figure>
  );
}
