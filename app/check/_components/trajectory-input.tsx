'use client';
import { useEffect, useRef, useState } from 'react';
import { manualPlacesToStays } from '@/lib/check/manual-places';
import { fixesToParts, type Fix } from '@/lib/trajectory/fixes-to-parts';
import type { LngLat, TrajectoryPart } from '@/lib/trajectory/types';
import { formatRange } from '@/lib/i18n/format-time';
import { errorText } from '@/lib/errors/render-error';
import { translate } from '@/lib/i18n/locale';
import type { Locale, MessageKey } from '@/lib/i18n/messages';
import { trajectorySpan } from '@/lib/check/check-input';
import { clearRecording, readRecording, writeRecording } from '../_lib/browser-store';
import { nextFrame, readFileText } from '../_lib/read-file';
import { parseUpload } from '../_lib/parse-upload';

/** The trajectory the resident gave, and for an upload the file itself (the server mode sends it as is). */
export type GivenTrajectory = { parts: TrajectoryPart[]; file?: { text: string; name: string } };

type Tab = 'upload' | 'manual' | 'record';
type Row = { lng: string; lat: string; date: string; from: string; to: string; name: string };
type Upload =
  | { status: 'idle' }
  | { status: 'reading'; fraction: number; name: string }
  | { status: 'parsing'; name: string }
  | { status: 'done'; name: string; summary: string }
  | { status: 'error'; message: string };

const SAMPLES = ['resident-overlap.gpx', 'resident-clear.gpx', 'resident-overlap.csv', 'resident-overlap.geojson'];

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
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values);
  const [tab, setTab] = useState<Tab>('upload');
  const [upload, setUpload] = useState<Upload>({ status: 'idle' });
  const [uploaded, setUploaded] = useState<GivenTrajectory | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [activeRow, setActiveRow] = useState<number | null>(null);
  // The record tab is not shown on first render, so reading storage here cannot mismatch the server's HTML.
  const [fixes, setFixes] = useState<Fix[]>(() => (typeof window === 'undefined' ? [] : readRecording()));
  const [isRecording, setIsRecording] = useState(false);
  const [recordError, setRecordError] = useState<string | null>(null);
  const [isDragging, setIsDragging] = useState(false);
  const watchId = useRef<number | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

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

  useEffect(() => () => {
    if (watchId.current !== null) navigator.geolocation.clearWatch(watchId.current);
  }, []);

  async function readFile(file: File) {
    setUploaded(null);
    setUpload({ status: 'reading', fraction: 0, name: file.name });
    try {
      const text = await readFileText(file, (fraction) => setUpload({ status: 'reading', fraction, name: file.name }));
      setUpload({ status: 'parsing', name: file.name });
      await nextFrame();
      const parsed = await parseUpload(text, file.name, timeZone);
      const span = trajectorySpan(parsed.parts);
      setUploaded({ parts: parsed.parts, file: { text, name: file.name } });
      setUpload({ status: 'done', name: file.name, summary: t('uploadLoaded', { name: file.name, points: parsed.pointCount, range: formatRange(span.from, span.to, locale, timeZone) }) });
    } catch (error) {
      setUpload({ status: 'error', message: errorText(error, locale, timeZone) });
    }
  }

  async function loadSample(name: string) {
    const response = await fetch(`/samples/${name}`);
    await readFile(new File([await response.blob()], name));
  }

  function addRow() {
    const last = rows[rows.length - 1];
    setRows([...rows, { lng: '', lat: '', date: last?.date ?? '', from: last?.to ?? '', to: '', name: '' }]);
    setActiveRow(rows.length);
  }

  function startRecording() {
    setRecordError(null);
    if (!('geolocation' in navigator)) {
      setRecordError(t('recordUnavailable'));
      return;
    }
    watchId.current = navigator.geolocation.watchPosition(
      (position) => {
        setFixes((current) => {
          const next = [...current, { lngLat: [position.coords.longitude, position.coords.latitude] as LngLat, time: position.timestamp }];
          writeRecording(next);
          return next;
        });
      },
      (error) => {
        setRecordError(error.code === error.PERMISSION_DENIED ? t('recordDenied') : error.message);
        setIsRecording(false);
      },
      { enableHighAccuracy: true, maximumAge: 30_000 },
    );
    setIsRecording(true);
  }

  function stopRecording() {
    if (watchId.current !== null) navigator.geolocation.clearWatch(watchId.current);
    watchId.current = null;
    setIsRecording(false);
  }

  const tabs: [Tab, MessageKey][] = [
    ['upload', 'tabUpload'],
    ['manual', 'tabManual'],
    ['record', 'tabRecord'],
  ];
  const fieldName: Record<string, MessageKey> = { lngLat: 'manualLng', date: 'manualDate', from: 'manualFrom', to: 'manualTo' };

  return (
    <section className="check-step" aria-labelledby="step-trajectory">
      <h2 id="step-trajectory">{t('stepTrajectory')}</h2>
      <div className="check-tabs" role="tablist">
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`} className="check-tab" onClick={() => setTab(id)}>
            {t(label)}
          </button>
        ))}
      </div>

      {tab === 'upload' ? (
        <div role="tabpanel" id="panel-upload" aria-labelledby="tab-upload">
          <div
            className={`drop-zone${isDragging ? ' is-dragging' : ''}`}
            data-testid="drop-zone"
            onDragOver={(event) => {
              event.preventDefault();
              setIsDragging(true);
            }}
            onDragLeave={() => setIsDragging(false)}
            onDrop={(event) => {
              event.preventDefault();
              setIsDragging(false);
              const file = event.dataTransfer.files[0];
              if (file) void readFile(file);
            }}
          >
            <label className="button-primary file-button">
              {t('uploadChoose')}
              <input
                ref={fileInput}
                type="file"
                className="visually-hidden"
                data-testid="trajectory-file"
                accept=".gpx,.kml,.geojson,.json,.csv,.plt,.txt"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) void readFile(file);
                  event.target.value = '';
                }}
              />
            </label>
            <span>{t('uploadDrop')}</span>
            <small>{t('uploadFormats')}</small>
          </div>
          <p className="samples">
            {t('sampleFiles')}{' '}
            {SAMPLES.map((name) => (
              <button key={name} type="button" className="link-button" onClick={() => void loadSample(name)}>
                {name}
              </button>
            ))}
          </p>
          <div aria-live="polite" data-testid="upload-status">
            {upload.status === 'reading' ? (
              <label className="progress-row">
                {t('uploadReading', { percent: Math.round(upload.fraction * 100) })}
                <progress max={1} value={upload.fraction} />
              </label>
            ) : upload.status === 'parsing' ? (
              <label className="progress-row">
                {t('uploadParsing')}
                <progress />
              </label>
            ) : upload.status === 'done' ? (
              <p className="ok-note">{upload.summary}</p>
            ) : null}
          </div>
          {upload.status === 'error' ? (
            <p className="error-note" role="alert" data-testid="upload-error">
              {t('uploadError', { message: upload.message })}
            </p>
          ) : null}
        </div>
      ) : null}

      {tab === 'manual' ? (
        <div role="tabpanel" id="panel-manual" aria-labelledby="tab-manual">
          <p className="hint">{t('manualHint')}</p>
          {rows.length === 0 ? <p className="hint">{t('manualEmpty')}</p> : null}
          <ol className="manual-list">
            {rows.map((row, i) => {
              const set = (field: keyof Row) => (event: React.ChangeEvent<HTMLInputElement>) =>
                setRows(rows.map((r, k) => (k === i ? { ...r, [field]: event.target.value } : r)));
              const error = manual.errors.find((e) => e.index === i);
              return (
                <li key={i} className={`manual-row${activeRow === i ? ' is-active' : ''}`} onFocus={() => setActiveRow(i)} data-testid="manual-row">
                  <fieldset>
                    <legend>{t('manualRow', { row: i + 1 })}</legend>
                    <div className="field-grid">
                      <label>
                        {t('manualLng')}
                        <input inputMode="decimal" value={row.lng} onChange={set('lng')} />
                      </label>
                      <label>
                        {t('manualLat')}
                        <input inputMode="decimal" value={row.lat} onChange={set('lat')} />
                      </label>
                      <label>
                        {t('manualDate')}
                        <input type="date" value={row.date} onChange={set('date')} />
                      </label>
                      <label>
                        {t('manualFrom')}
                        <input type="time" value={row.from} onChange={set('from')} />
                      </label>
                      <label>
                        {t('manualTo')}
                        <input type="time" value={row.to} onChange={set('to')} />
                      </label>
                      <label className="wide">
                        {t('manualName')}
                        <input value={row.name} onChange={set('name')} maxLength={120} />
                      </label>
                    </div>
                    {error && rows[i].lng !== '' ? (
                      <p className="error-note" role="alert">
                        {error.problem === 'order' ? t('manualOrder', { row: i + 1 }) : t('manualInvalid', { row: i + 1, field: t(fieldName[error.field]) })}
                      </p>
                    ) : null}
                    <button
                      type="button"
                      className="button-secondary"
                      onClick={() => {
                        setRows(rows.filter((_, k) => k !== i));
                        setActiveRow(null);
                      }}
                    >
                      {t('manualRemove')}
                    </button>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          {activeRow !== null && activeRow < rows.length ? <p className="hint" aria-live="polite">{t('manualPickHint', { row: activeRow + 1 })}</p> : null}
          <button type="button" className="button-secondary" onClick={addRow}>
            {t('manualAdd')}
          </button>
        </div>
      ) : null}

      {tab === 'record' ? (
        <div role="tabpanel" id="panel-record" aria-labelledby="tab-record">
          <p className="hint">{t('recordHint')}</p>
          <p aria-live="polite">{t('recordCount', { count: fixes.length })}</p>
          <div className="button-row">
            {isRecording ? (
              <button type="button" className="button-primary" onClick={stopRecording}>
                {t('recordStop')}
              </button>
            ) : (
              <button type="button" className="button-primary" onClick={startRecording}>
                {t('recordStart')}
              </button>
            )}
            <button
              type="button"
              className="button-secondary"
              disabled={fixes.length === 0}
              onClick={() => {
                stopRecording();
                clearRecording();
                setFixes([]);
              }}
            >
              {t('recordClear')}
            </button>
          </div>
          {recordError ? (
            <p className="error-note" role="alert">
              {recordError}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
