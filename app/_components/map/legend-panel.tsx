'use client';
import { useState } from 'react';
import { useMediaQuery } from '../use-media-query';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { theme } from '@/lib/map/theme';
import { useMap } from './map-provider';

export type LegendEntry = {
  id: string;
  label: string;
  hint?: string;
  layerIds: string[];
  swatch:
    | { kind: 'area'; fill: string; outline: string; dashed?: boolean }
    | { kind: 'line'; color: string }
    | { kind: 'dot'; color: string };
  isInitiallyVisible?: boolean;
};

type Props = {
  title: string;
  counts: string;
  entries: LegendEntry[];
  dataBounds?: LngLatBoundsLike;
  zoomLabel: string;
  note?: string;
  /** Extra controls under the entries (the home map's "find a community"). */
  children?: React.ReactNode;
};

function Swatch({ swatch }: { swatch: LegendEntry['swatch'] }) {
  if (swatch.kind === 'line') return <span className="swatch-line" style={{ borderTopColor: swatch.color }} aria-hidden />;
  if (swatch.kind === 'dot') return <span className="swatch-dot" style={{ background: swatch.color }} aria-hidden />;
  return (
    <span
      className="swatch"
      style={{ background: swatch.fill, borderColor: swatch.outline, borderStyle: swatch.dashed ? 'dashed' : 'solid' }}
      aria-hidden
    />
  );
}

/** Legend with a visibility toggle per entry, the live counts, and zoom-to-data. */
export function LegendPanel({ title, counts, entries, dataBounds, zoomLabel, note, children }: Props) {
  const { map } = useMap();
  const [visible, setVisible] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(entries.map((e) => [e.id, e.isInitiallyVisible ?? true])),
  );
  // Folded on phones so the map is not hidden behind the legend; open on larger screens.
  const isPhone = useMediaQuery('(max-width: 640px)');
  const [openChoice, setOpenChoice] = useState<boolean | null>(null);
  const isOpen = openChoice ?? !isPhone;
  const toggle = (entry: LegendEntry) => {
    const isNowVisible = !visible[entry.id];
    setVisible((v) => ({ ...v, [entry.id]: isNowVisible }));
    for (const id of entry.layerIds) {
      if (map?.getLayer(id)) map.setLayoutProperty(id, 'visibility', isNowVisible ? 'visible' : 'none');
    }
  };
  return (
    <aside className="map-panel" aria-label={title}>
      <details open={isOpen} onToggle={(event) => event.currentTarget.open !== isOpen && setOpenChoice(event.currentTarget.open)}>
        <summary>
          <h2>{title}</h2>
          <p className="counts" data-testid="map-counts">
            {counts}
          </p>
        </summary>
        {entries.map((entry) => (
          <label key={entry.id} className="legend-row">
            <input type="checkbox" checked={visible[entry.id]} onChange={() => toggle(entry)} data-layer-toggle={entry.id} />
            <Swatch swatch={entry.swatch} />
            <span>
              {entry.label}
              {entry.hint ? <small>{entry.hint}</small> : null}
            </span>
          </label>
        ))}
        {children}
        {dataBounds ? (
          <button
            type="button"
            className="panel-button"
            onClick={() => map?.fitBounds(dataBounds, { padding: 40, duration: 600 })}
          >
            {zoomLabel}
          </button>
        ) : null}
        {note ? <p className="panel-note">{note}</p> : null}
      </details>
    </aside>
  );
}

/** Legend swatches derived from the same theme as the layers. */
export const zoneSwatch = (kind: keyof typeof theme.zone): LegendEntry['swatch'] => ({
  kind: 'area',
  fill: theme.zone[kind].fill,
  outline: theme.zone[kind].outline,
  dashed: kind !== 'sealed',
});
