'use client';
import { useState } from 'react';
import { CHECK_LIMITS, trajectorySpan } from '@/lib/check/check-input';
import { lastDays } from '@/lib/check/last-days';
import type { GivenTrajectory } from '@/lib/check-screen/types';
import { errorText, renderError } from '@/lib/errors/render-error';
import { formatRange } from '@/lib/i18n/format-time';
import type { ParseWarning } from '@/lib/parse/types';
import { warningTexts } from '@/lib/parse/warning-text';
import { translate } from '@/lib/i18n/locale';
import type { Locale, MessageKey } from '@/lib/i18n/messages';
import { displayTrack } from '@/lib/check/display-track';
import { parseUpload, type ParsedUpload, type UploadProgress } from '../_lib/parse-upload';
import { TimeZoneSelect } from './time-zone-select';

type Upload =
  | { status: 'idle' }
  | { status: 'busy'; progress: UploadProgress; name: string }
  | { status: 'done'; name: string; file: Blob; parsed: ParsedUpload; zone: string; isTrimmed: boolean }
  | { status: 'error'; message: string };

const SAMPLES = ['resident-overlap.gpx', 'resident-clear.gpx', 'resident-overlap.csv', 'resident-overlap.geojson'];
/** What a long export offers instead of a refusal: its last two weeks (the incubation window residents were asked about). */
const LAST_DAYS = 14;

type Props = { locale: Locale; timeZone: string; onUploaded: (trajectory: GivenTrajectory | null) => void };

const spanDays = (parsed: ParsedUpload) => (parsed.span.to - parsed.span.from) / 86_400_000;
const isTooLong = (parsed: ParsedUpload) => spanDays(parsed) > CHECK_LIMITS.maxSpanDays || parsed.pointCount > CHECK_LIMITS.maxPoints;

/** The upload tab: pick, drop or try a sample; progress; what was read, dropped and assumed; long files cut to the last days. */
export function UploadPanel({ locale, timeZone, onUploaded }: Props) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values);
  const [upload, setUpload] = useState<Upload>({ status: 'idle' });
  const [isDragging, setIsDragging] = useState(false);

  function accept(name: string, file: Blob, parsed: ParsedUpload, zone: string, isTrimmed: boolean) {
    setUpload({ status: 'done', name, file, parsed, zone, isTrimmed });
    if (isTooLong(parsed)) return onUploaded(null);
    onUploaded({
      parts: parsed.parts,
      display: parsed.display,
      // A trimmed file is sent as its parts, never as the whole year, in server mode.
      ...(isTrimmed ? {} : { file: { blob: file, name } }),
      droppedPoints: parsed.droppedPoints,
      skippedRecords: parsed.skippedRecords?.count ?? 0,
      ...(parsed.assumedTimeZone ? { assumedTimeZone: parsed.assumedTimeZone } : {}),
    });
  }

  /** Reads and parses in a worker (the file itself crosses, not its text), showing each stage. */
  async function parse(name: string, file: Blob, zone: string) {
    onUploaded(null);
    setUpload({ status: 'busy', progress: { stage: 'reading', fraction: 0 }, name });
    try {
      const parsed = await parseUpload(file, name, zone, (progress) => setUpload({ status: 'busy', progress, name }));
      accept(name, file, parsed, zone, false);
    } catch (error) {
      setUpload({ status: 'error', message: errorText(error, locale, timeZone) });
    }
  }

  const readFile = (file: File) => parse(file.name, file, timeZone);

  async function loadSample(name: string) {
    const response = await fetch(`/samples/${name}`);
    await readFile(new File([await response.blob()], name));
  }

  return (
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
        {upload.status === 'busy' ? (
          upload.progress.stage === 'reading' ? (
            <label className="progress-row">
              {t('uploadReading', { percent: Math.round(upload.progress.fraction * 100) })}
              <progress max={1} value={upload.progress.fraction} />
            </label>
          ) : (
            <label className="progress-row">
              {t(upload.progress.stage === 'parsing' ? 'uploadParsing' : 'uploadPreparing')}
              <progress />
            </label>
          )
        ) : upload.status === 'done' ? (
          <UploadSummary locale={locale} timeZone={timeZone} upload={upload} onZone={(zone) => void parse(upload.name, upload.file, zone)} onLastDays={() => accept(upload.name, upload.file, trimmed(upload.parsed), upload.zone, true)} />
        ) : null}
      </div>
      {upload.status === 'error' ? (
        <p className="error-note" role="alert" data-testid="upload-error">
          {t('uploadError', { message: upload.message })}
        </p>
      ) : null}
    </div>
  );
}

function trimmed(parsed: ParsedUpload): ParsedUpload {
  const parts = lastDays(parsed.parts, LAST_DAYS);
  const pointCount = parts.reduce((sum, part) => sum + (part.kind === 'stay' ? 1 : part.lngLats.length), 0);
  return { ...parsed, parts, pointCount, display: displayTrack(parts), span: trajectorySpan(parts) };
}

type SummaryProps = { locale: Locale; timeZone: string; upload: Extract<Upload, { status: 'done' }>; onZone: (zone: string) => void; onLastDays: () => void };

/** What was read: positions and dates; dropped positions; the assumed zone (changeable); a long file's way forward. */
function UploadSummary({ locale, timeZone, upload, onZone, onLastDays }: SummaryProps) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values);
  const { parsed } = upload;
  const range = formatRange(parsed.span.from, parsed.span.to, locale, timeZone);
  return (
    <>
      {isTooLong(parsed) ? (
        <div className="warn-note" data-testid="upload-too-long">
          <p>{t('uploadLongSpan', { days: Math.ceil(spanDays(parsed)), range, max: CHECK_LIMITS.maxSpanDays })}</p>
          <button type="button" className="button-secondary" onClick={onLastDays} data-testid="upload-last-days">
            {t('uploadLastDays', { days: LAST_DAYS })}
          </button>
        </div>
      ) : (
        <p className="ok-note">{t('uploadLoaded', { name: upload.name, points: parsed.pointCount, range })}</p>
      )}
      {parsed.skippedRecords ? (
        <p className="warn-note" data-testid="upload-skipped">
          {t('skippedRecords', {
            count: parsed.skippedRecords.count,
            total: parsed.skippedRecords.total,
            reason: renderError(locale, parsed.skippedRecords.first.code, parsed.skippedRecords.first.params, upload.zone),
          })}
        </p>
      ) : null}
      {parsed.droppedPoints > 0 ? (
        <p className="hint" data-testid="upload-dropped">
          {t('droppedPoints', { count: parsed.droppedPoints })}
        </p>
      ) : null}
      <FileNotes locale={locale} timeZone={upload.zone} warnings={parsed.warnings} />
      {parsed.assumedTimeZone ? (
        <div className="hint" data-testid="upload-assumed-zone">
          <p>{t('assumedZone', { zone: parsed.assumedTimeZone })}</p>
          <TimeZoneSelect label={t('assumedZonePick')} hint={t('assumedZoneHint')} value={upload.zone} onChange={onZone} />
        </div>
      ) : null}
    </>
  );
}

/** Said above in their own lines: the skipped records (with the first one's reason) and the assumed zone. */
const SHOWN_APART = new Set<ParseWarning['code']>(['parse.warning-records-unreadable', 'parse.warning-time-zone-assumed']);

/** The reader's other notes on the file (points sorted, repeated times dropped, times interpolated), in the page's language. */
function FileNotes({ locale, timeZone, warnings }: { locale: Locale; timeZone: string; warnings: ParseWarning[] }) {
  const notes = warnings.filter((warning) => !SHOWN_APART.has(warning.code));
  if (notes.length === 0) return null;
  return (
    <details className="hint" data-testid="upload-notes">
      <summary>{translate(locale, 'fileNotes', { count: notes.length })}</summary>
      <ul>
        {warningTexts(notes, locale, timeZone).map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </details>
  );
}
