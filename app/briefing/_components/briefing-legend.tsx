'use client';
import type { BriefingLegendEntry } from '@/lib/briefing/legend-entries';
import type { Messages } from '@/lib/i18n/messages';
import { ZoneSwatch } from './zone-swatch';

function LegendSwatch({ swatch }: { swatch: BriefingLegendEntry['swatch'] }) {
  if (swatch.kind === 'zone') return <ZoneSwatch kind={swatch.zone} />;
  if (swatch.kind === 'line') return <span className="swatch-line" style={{ borderTopColor: swatch.color, width: 40 }} aria-hidden />;
  if (swatch.kind === 'heat') return <span className="legend-heat" style={{ background: `radial-gradient(circle, ${swatch.color} 0%, transparent 70%)` }} aria-hidden />;
  return <span className={swatch.kind === 'dot' ? 'legend-dot' : 'legend-ring'} style={swatch.kind === 'dot' ? { background: swatch.color } : { borderColor: swatch.color }} aria-hidden />;
}

type Props = { entries: BriefingLegendEntry[]; visible: Record<string, boolean>; onToggle: (id: string) => void; sourceNote: string; messages: Messages };

/** The map's large legend, each row a toggle for its layers; the attribution shows on paper. */
export function BriefingLegend({ entries, visible, onToggle, sourceNote, messages: m }: Props) {
  return (
    <aside className="briefing-legend" aria-label={m.legend} data-testid="briefing-legend">
      <h2>{m.legend}</h2>
      {entries.map((entry) => (
        <label key={entry.id} className="legend-row">
          <input type="checkbox" checked={visible[entry.id] ?? true} onChange={() => onToggle(entry.id)} data-layer-toggle={entry.id} />
          <LegendSwatch swatch={entry.swatch} />
          <span>{entry.label}</span>
        </label>
      ))}
      <p className="panel-note">{sourceNote}</p>
      <p className="panel-note screen-only">{m.briefingLabelsNote}</p>
      <p className="panel-note print-only">{m.attributionDemo}</p>
    </aside>
  );
}
