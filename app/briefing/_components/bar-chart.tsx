import { scaleBars } from '@/lib/briefing/bar-chart';
import { chartValueLabels } from '@/lib/briefing/chart-labels';

type Props = { values: { key: string; value: number }[]; currentKey?: string; label: string; width?: number; height?: number; testId?: string };

/** Counts per day as SVG bars; the slider's day is drawn solid, the others lighter. Value labels never overlap. */
export function BarChart({ values, currentKey, label, width = 340, height = 84, testId = 'cases-chart' }: Props) {
  // 14 px under the bars for the date axis, 12 px above for the tallest bar's label.
  const top = 12;
  const bars = scaleBars(values, { width, height: height - 14 - top, gap: 2 }).map((bar) => ({ ...bar, y: bar.y + top }));
  const barTop = new Map(bars.map((bar) => [bar.key, bar.y]));
  const labels = chartValueLabels(bars, { chartWidth: width, preferKey: currentKey });
  return (
    <svg className="bar-chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} data-testid={testId}>
      {bars.map((bar) => (
        <g key={bar.key}>
          <title>{`${bar.key}: ${bar.value}`}</title>
          <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={bar.key === currentKey ? '#1c2329' : '#8795a1'} />
        </g>
      ))}
      {labels.map((l) => (
        <text key={l.key} className="value-label" x={l.x} y={Math.max(10, (barTop.get(l.key) ?? 0) - 2)} textAnchor={l.anchor} fontSize={10}>
          {l.text}
        </text>
      ))}
      <line x1={0} x2={width} y1={height - 14} y2={height - 14} stroke="#5b6770" />
      {values.length > 0 ? (
        <>
          <text x={0} y={height - 2} fontSize={10}>
            {values[0].key.slice(5)}
          </text>
          <text x={width} y={height - 2} fontSize={10} textAnchor="end">
            {values[values.length - 1].key.slice(5)}
          </text>
        </>
      ) : null}
    </svg>
  );
}
