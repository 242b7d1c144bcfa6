'use client';
import { useEffect, useState } from 'react';
import { manualPlacesToStays } from '@/lib/check/manual-places';
import type { GivenTrajectory } from '@/lib/check-screen/types';
import { fixesToParts, type Fix } from '@/lib/trajectory/fixes-to-parts';
import type { LngLat } from '@/lib/trajectory/types';
import { translate } from '@/lib/i18n/locale';
import type { Locale, MessageKey } from '@/lib/i18n/messages';
import { readRecording } from '../_lib/browser-store';
import { ManualPanel, type ManualRow } from './manual-panel';
import { RecordPanel } from './record-panel';
import { UploadPanel } from './upload-panel';

export type { GivenTrajectory } from '@/lib/check-screen/types';

type Tab = 'upload' | 'manual' | 'record';

const TABS: [Tab, MessageKey][] = [
  ['upload', 'tabUpload'],
  ['manual', 'tabManual'],
  ['record', 'tabRecord'],
];

type Props = {
  locale: Locale;
  timeZone: string;
  onTrajectory: (trajectory: GivenTrajectory | null) => void;
  /** A position the resident clicked on the map, with a counter so the same spot twice still counts. */
  mapPick: { lngLat: LngLat; n: number } | null;
  onPickTarget: (row: number | null) => void;
};

/** The three ways to give a trajectory: a file, places by hand, or recording now. */
export function TrajectoryInput({ locale, timeZone, onTrajectory, mapPick, onPickTarget }: Props) {
  const [tab, setTab] = useState<Tab>('upload');
  const [uploaded, setUploaded] = useState<GivenTrajectory | null>(null);
  const [rows, setRows] = useState<ManualRow[]>([]);
  const [activeRow, setActiveRow] = useState<number | null>(null);
  // The record tab is not shown on first render, so reading storage here cannot mismatch the server's HTML.
  const [fixes, setFixes] = useState<Fix[]>(() => (typeof window === 'undefined' ? [] : readRecording()));

  const manual = manualPlacesToStays(
    rows.map((r) => ({ lngLat: [r.lng.trim() === '' ? NaN : Number(r.lng), r.lat.trim() === '' ? NaN : Number(r.lat)], date: r.date, from: r.from, to: r.to, name: r.name })),
    timeZone,
  );

  // Tell the page which trajectory is current whenever the tab or its input changes.
  const manualKey = JSON.stringify(manual.stays);
  useEffect(() => {
    if (tab === 'upload') onTrajectory(uploaded);
    else if (tab === 'manual') onTrajectory(manual.stays.length && manual.errors.length === 0 ? { parts: manual.stays } : null);
    else onTrajectory(fixes.length ? { parts: fixesToParts(fixes) } : null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tab, uploaded, manualKey, manual.errors.length, fixes]);

  // A new map click writes into the row being edited (state adjusted while rendering, not in an effect).
  const [seenPick, setSeenPick] = useState(mapPick);
  if (mapPick !== seenPick) {
    setSeenPick(mapPick);
    if (mapPick && tab === 'manual' && activeRow !== null) {
      const [lng, lat] = mapPick.lngLat;
      setRows(rows.map((row, i) => (i === activeRow ? { ...row, lng: lng.toFixed(6), lat: lat.toFixed(6) } : row)));
    }
  }

  useEffect(() => onPickTarget(tab === 'manual' ? activeRow : null), [tab, activeRow, onPickTarget]);

  return (
    <section className="check-step" aria-labelledby="step-trajectory">
      <h2 id="step-trajectory">{translate(locale, 'stepTrajectory')}</h2>
      <div className="check-tabs" role="tablist">
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`} className="check-tab" onClick={() => setTab(id)}>
            {translate(locale, label)}
          </button>
        ))}
      </div>
      {/* The upload panel stays mounted (hidden) so a parsed file survives a look at another tab. */}
      <div hidden={tab !== 'upload'}>
        <UploadPanel locale={locale} timeZone={timeZone} onUploaded={setUploaded} />
      </div>
      {tab === 'manual' ? <ManualPanel locale={locale} rows={rows} errors={manual.errors} activeRow={activeRow} onRows={setRows} onActiveRow={setActiveRow} /> : null}
      {tab === 'record' ? <RecordPanel locale={locale} fixes={fixes} onFixes={setFixes} /> : null}
    </section>
  );
}
