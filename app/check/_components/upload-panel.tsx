'use client';
import { useState } from 'react';
import { CHECK_LIMITS, trajectorySpan } from '@/lib/check/check-input';
import { lastDays } from '@/lib/check/last-days';
import type { GivenTrajectory } from '@/lib/check-screen/types';
import { errorText, renderError } from '@/lib/errors/render-error';
import { formatRange } from '@/lib/i18n/format-time';
import { translate } from '@/lib/i18n/locale';
import type { Locale, MessageKey } from '@/lib/i18n/messages';
import { nextFrame, readFileText } from '../_lib/read-file';
import { parseUpload, type ParsedUpload } from '../_lib/parse-upload';
import { TimeZoneSelect } from './time-zone-select';

type Upload =
  | { status: 'idle' }
  | { status: 'reading'; fraction: number; name: string }
  | { status: 'parsing'; name: string }
  | { status: 'done'; name: string; text: string; parsed: ParsedUpload; zone: string; isTrimmed: boolean }
  | { status: 'error'; message: string };

const SAMPLES = ['resident-overlap.gpx', 'resident-clear.gpx', 'resident-overlap.csv', 'resident-overlap.geojson'];
/** What a long export offers instead of a refusal: its last two weeks (the incubation window residents were asked about). */
const LAST_DAYS = 14;

type Props = { locale: Locale; timeZone: string; onUploaded: (trajectory: GivenTrajectory | null) => void };

const spanDays = (parsed: ParsedUpload) => {
  const span = trajectorySpan(parsed.parts);
  return (span.to - span.from) / 86_400_000;
};
const isTooLong = (parsed: ParsedUpload) => spanDays(parsed) > CHECK_LIMITS.maxSpanDays || parsed.pointCount > CHECK_LIMITS.maxPoints;

/** The upload tab: pick, drop or try a sample; progress; what was read, dropped and assumed; long files cut to the last days. */
export function UploadPanel({ locale, timeZone, onUploaded }: Props) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values);
  const [upload, setUpload] = useState<Upload>({ status: 'idle' });
  const [isDragging, setIsDragging] = useState(false);

  function accept(name: string, text: string, parsed: ParsedUpload, zone: string, isTrimmed: boolean) {
    setUpload({ status: 'done', name, text, parsed, zone, isTrimmed });
    if (isTooLong(parsed)) return onUploaded(null);
    // A trimmed file is sent as its parts, never as the whole year, in server mode.
    const file = isTrimmed ? undefined : { text, name };
    onUploaded({ parts: parsed.parts, file, droppedPoints: parsed.droppedPoints, ...(parsed.assumedTimeZone ? { assumedTimeZone: parsed.assumedTimeZone } : {}) });
  }

  async function parse(name: string, text: string, zone: string) {
    onUploaded(null);
    setUpload({ status: 'parsing', name });
    await nextFrame();
    try {
      accept(name, text, await parseUpload(text, name, zone), zone, false);
    } catch (error) {
      setUpload({ status: 'error', message: errorText(error, locale, timeZone) });
    }
  }

  async function readFile(file: File) {
    onUploaded(null);
    setUpload({ status: 'reading', fraction: 0, name: file.name });
    try {
      const text = await readFileText(file, (fraction) => setUpload({ status: 'reading', fraction, name: file.name }));
      await parse(file.name, text, timeZone);
    } catch (error) {
      setUpload({ status: 'error', message: errorText(error, locale, timeZone) });
    }
  }

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
          <UploadSummary locale={locale} timeZone={timeZone} upload={upload} onZone={(zone) => void parse(upload.name, upload.text, zone)} onLastDays={() => accept(upload.name, upload.text, trimmed(upload.parsed), upload.zone, true)} />
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
  return { ...parsed, parts, pointCount };
}

type SummaryProps = { locale: Locale; timeZone: string; upload: Extract<Upload, { status: 'done' }>; onZone: (zone: string) => void; onLastDays: () => void };

/** What was read: positions and dates; dropped positions; the assumed zone (changeable); a long file's way forward. */
function UploadSummary({ locale, timeZone, upload, onZone, onLastDays }: SummaryProps) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values);
  const { parsed } = upload;
  const span = trajectorySpan(parsed.parts);
  const range = formatRange(span.from, span.to, locale, timeZone);
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
      {parsed.assumedTimeZone ? (
        <div className="hint" data-testid="upload-assumed-zone">
          <p>{t('assumedZone', { zone: parsed.assumedTimeZone })}</p>
          <TimeZoneSelect label={t('assumedZonePick')} hint={t('assumedZoneHint')} value={upload.zone} onChange={onZone} />
        </div>
      ) : null}
    </>
  );
}
