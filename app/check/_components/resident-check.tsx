'use client';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point } from 'geojson';
import { feedbackKey, type OverlapFeedback } from '@/lib/check/advice';
import { loadCaseTracks } from '@/lib/case-days/load-case-tracks';
import { readRule } from '@/lib/check/check-input';
import { caseTrackWindow } from '@/lib/check/check-window';
import { formatOverlaps, type OverlapReport } from '@/lib/check/format-result';
import type { FocusCase } from '@/lib/check/focus-case';
import { formatRange } from '@/lib/i18n/format-time';
import { errorText } from '@/lib/errors/render-error';
import { overlapStretch } from '@/lib/check/overlap-stretch';
import { partsToGeoJson } from '@/lib/check/parts-to-geojson';
import type { CommunityProperties } from '@/lib/db/queries/communities';
import type { ZoneProperties } from '@/lib/db/queries/zones';
import { findZoneVisits } from '@/lib/geo/zone-visits';
import { translate } from '@/lib/i18n/locale';
import type { Locale, MessageKey, Messages } from '@/lib/i18n/messages';
import { checkTrajectory } from '@/lib/overlap/check-trajectory';
import { PRESET_NAMES, type PresetName, type RuleInput } from '@/lib/overlap/rule';
import type { CaseTrack, LngLat } from '@/lib/trajectory/types';
import { readFeedback, writeFeedback } from '../_lib/browser-store';
import { CheckMap } from './check-map';
import { CheckResult, type CheckResultData, type ZoneVisitRow } from './check-result';
import { ReportForm } from './report-form';
import { TrajectoryInput, type GivenTrajectory } from './trajectory-input';

type Props = {
  locale: Locale;
  messages: Messages;
  communities: FeatureCollection<MultiPolygon, CommunityProperties>;
  zones: FeatureCollection<MultiPolygon, ZoneProperties>;
  bounds?: [number, number, number, number];
  retentionDays: number;
  styleSetting?: string;
  /** The case named by `?case=` (from its notice), shown first and highlighted in the result. */
  focusCase?: FocusCase;
  /** The zone the case's times are shown in (the notice's, GRIDWATCH_TZ). */
  caseTimeZone: string;
};

type Result = CheckResultData & { caseTracks: CaseTrack[]; given: GivenTrajectory };

const PRESET_TEXT: Record<PresetName, [MessageKey, MessageKey]> = {
  'same-place': ['presetSamePlace', 'presetSamePlaceHint'],
  'after-case': ['presetAfterCase', 'presetAfterCaseHint'],
  companion: ['presetCompanion', 'presetCompanionHint'],
};

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The browser's IANA zone; 'UTC' while rendering on the server (nothing time-related is shown before a check). */
const subscribeNever = () => () => {};
const useBrowserTimeZone = () => useSyncExternalStore(subscribeNever, () => Intl.DateTimeFormat().resolvedOptions().timeZone, () => 'UTC');

async function fetchJson<T>(input: string, init?: RequestInit): Promise<T> {
  const response = await fetch(input, init);
  const body = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(body.error ?? response.statusText);
  return body;
}

/** The resident self-check page: trips in, rule, private or server check, result, advice and report. */
export function ResidentCheck(props: Props) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(props.locale, key, values);
  const timeZone = useBrowserTimeZone();
  const [given, setGiven] = useState<GivenTrajectory | null>(null);
  const [preset, setPreset] = useState<PresetName>('same-place');
  const [isCustom, setIsCustom] = useState(false);
  const [custom, setCustom] = useState({ distanceMeters: '50', toleranceMinutes: '0', minOverlapMinutes: '15' });
  const [mode, setMode] = useState<'private' | 'server'>('private');
  const [status, setStatus] = useState<{ kind: 'idle' } | { kind: 'checking' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const [result, setResult] = useState<Result | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [feedback, setFeedback] = useState<Record<string, OverlapFeedback>>(() => (typeof window === 'undefined' ? {} : readFeedback()));
  const [pickTarget, setPickTarget] = useState<number | null>(null);
  const [mapPick, setMapPick] = useState<{ lngLat: LngLat; n: number } | null>(null);
  const [communityId, setCommunityId] = useState('');
  const [isPickingCommunity, setIsPickingCommunity] = useState(false);

  const ruleInput: RuleInput = isCustom
    ? { distanceMeters: Number(custom.distanceMeters), toleranceMinutes: Number(custom.toleranceMinutes), minOverlapMinutes: Number(custom.minOverlapMinutes) }
    : { preset };
  let ruleError: string | null = null;
  try {
    readRule(ruleInput);
  } catch (error) {
    ruleError = errorText(error, props.locale);
  }

  async function runCheck() {
    if (!given) {
      setStatus({ kind: 'error', message: t('needTrajectory') });
      return;
    }
    if (ruleError) return;
    const { rule } = readRule(ruleInput);
    setStatus({ kind: 'checking' });
    setSelected(null);
    try {
      // Public day files for the days the rule needs: the URLs are the same for everyone, never a position.
      const window = caseTrackWindow(given.parts, rule);
      const { tracks: caseTracks } = await loadCaseTracks(window);
      const since = (find: (f: Feature<MultiPolygon, ZoneProperties>) => boolean) => props.zones.features.find(find)?.properties.effectiveFrom ?? null;
      let overlaps: OverlapReport[];
      let zones: ZoneVisitRow[];
      if (mode === 'private') {
        overlaps = formatOverlaps(checkTrajectory(given.parts, caseTracks, rule));
        zones = findZoneVisits(given.parts, props.zones, { maxGapMinutes: rule.maxGapMinutes }).map((v) => ({
          name: v.name,
          kind: v.kind,
          from: new Date(v.from).toISOString(),
          to: new Date(v.to).toISOString(),
          since: since((f) => f.id === v.zoneId),
        }));
      } else {
        let init: RequestInit;
        if (given.file) {
          const form = new FormData();
          form.set('file', new File([given.file.text], given.file.name));
          form.set('rule', JSON.stringify(ruleInput));
          init = { method: 'POST', body: form };
        } else {
          init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ trajectory: partsToGeoJson(given.parts), rule: ruleInput }) };
        }
        const body = await fetchJson<{ overlaps: OverlapReport[]; zones: Omit<ZoneVisitRow, 'since'>[] }>('/api/check', init);
        overlaps = body.overlaps;
        zones = body.zones.map((z) => ({ ...z, since: since((f) => f.properties.name === z.name && Date.parse(f.properties.effectiveFrom) <= Date.parse(z.from)) }));
      }
      setResult({ mode, overlaps, zones, caseCount: caseTracks.length, timeZone, caseTracks, given });
      setStatus({ kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'error', message: t('checkFailed', { message: errorText(error, props.locale, timeZone) }) });
    }
  }

  function answer(overlap: OverlapReport, value: OverlapFeedback) {
    const next = { ...feedback, [feedbackKey(overlap)]: value };
    setFeedback(next);
    writeFeedback(next);
  }

  const onMapClick = useCallback(
    (lngLat: LngLat, clickedCommunity: string | null) => {
      if (isPickingCommunity) {
        if (clickedCommunity) setCommunityId(clickedCommunity);
        setIsPickingCommunity(false);
        return;
      }
      if (pickTarget !== null) setMapPick((previous) => ({ lngLat, n: (previous?.n ?? 0) + 1 }));
    },
    [isPickingCommunity, pickTarget],
  );

  const residentTrack = useMemo(() => (result ? partsToGeoJson(result.given.parts) : given ? partsToGeoJson(given.parts) : EMPTY), [result, given]);
  const focus = props.focusCase?.kind === 'found' ? props.focusCase : undefined;
  const mapData = useMemo(() => {
    // Before a check, the case the resident came for is on the map, framed.
    if (!result) return focus ? { caseTracks: focus.track, overlaps: EMPTY, bounds: bbox(focus.track) as [number, number, number, number] } : { caseTracks: EMPTY, overlaps: EMPTY, bounds: null };
    const codes = new Set(result.overlaps.map((o) => o.caseCode));
    if (focus) codes.delete(focus.caseCode);
    const caseFeatures = result.caseTracks
      .filter((track) => codes.has(track.caseCode))
      .flatMap((track) => partsToGeoJson(track.parts).features.map((f) => ({ ...f, id: undefined, properties: { ...f.properties, caseCode: track.caseCode } })));
    const overlapFeatures = result.overlaps.map((o, id): Feature<Point | LineString> => {
      const stretch = overlapStretch(result.given.parts, Date.parse(o.from), Date.parse(o.to));
      const geometry: Point | LineString = stretch.length >= 2 ? { type: 'LineString', coordinates: stretch } : { type: 'Point', coordinates: stretch[0] ?? o.closest };
      return { type: 'Feature', id, geometry, properties: { caseCode: o.caseCode, from: o.from, to: o.to } };
    });
    const track = partsToGeoJson(result.given.parts);
    return {
      caseTracks: { type: 'FeatureCollection', features: [...caseFeatures, ...(focus?.track.features ?? [])] } as FeatureCollection,
      overlaps: { type: 'FeatureCollection', features: overlapFeatures } as FeatureCollection,
      bounds: track.features.length ? (bbox(track) as [number, number, number, number]) : null,
    };
  }, [result, focus]);

  const counting = result ? result.overlaps.filter((o) => feedback[feedbackKey(o)] !== 'not-me') : [];
  const selectedOverlap = result && selected !== null ? result.overlaps[selected] : null;

  return (
    <main className="check-main">
      <div className="check-form">
        <h2 className="check-title">{t('checkTitle')}</h2>
        <p className="hint">{t('checkIntro')}</p>
        {props.focusCase ? <FocusCaseSection focusCase={props.focusCase} locale={props.locale} timeZone={props.caseTimeZone} /> : null}
        <TrajectoryInput locale={props.locale} timeZone={timeZone} onTrajectory={setGiven} mapPick={mapPick} onPickTarget={setPickTarget} />

        <section className="check-step" aria-labelledby="step-rule">
          <h2 id="step-rule">{t('stepRule')}</h2>
          <fieldset className="choice-list" disabled={isCustom}>
            <legend className="visually-hidden">{t('stepRule')}</legend>
            {PRESET_NAMES.map((name) => (
              <label key={name} className="choice">
                <input type="radio" name="preset" value={name} checked={preset === name} onChange={() => setPreset(name)} />
                <span>
                  <strong>{t(PRESET_TEXT[name][0])}</strong>
                  <small>{t(PRESET_TEXT[name][1])}</small>
                </span>
              </label>
            ))}
          </fieldset>
          <details className="advanced">
            <summary>{t('advanced')}</summary>
            <label className="check-row">
              <input type="checkbox" checked={isCustom} onChange={(e) => setIsCustom(e.target.checked)} />
              {t('useCustom')}
            </label>
            <div className="field-grid">
              {(['distanceMeters', 'toleranceMinutes', 'minOverlapMinutes'] as const).map((field) => (
                <label key={field}>
                  {t(field)}
                  <input type="number" min={0} inputMode="decimal" disabled={!isCustom} value={custom[field]} onChange={(e) => setCustom({ ...custom, [field]: e.target.value })} />
                </label>
              ))}
            </div>
            {isCustom && ruleError ? (
              <p className="error-note" role="alert">
                {ruleError}
              </p>
            ) : null}
          </details>
        </section>

        <section className="check-step" aria-labelledby="step-mode">
          <h2 id="step-mode">{t('stepMode')}</h2>
          <fieldset className="choice-list">
            <legend className="visually-hidden">{t('stepMode')}</legend>
            {(['private', 'server'] as const).map((value) => (
              <label key={value} className="choice">
                <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} data-testid={`mode-${value}`} />
                <span>
                  <strong>{t(value === 'private' ? 'modePrivate' : 'modeServer')}</strong>
                  <small>{t(value === 'private' ? 'modePrivateHint' : 'modeServerHint')}</small>
                </span>
              </label>
            ))}
          </fieldset>
          <button type="button" className="button-primary button-wide" onClick={() => void runCheck()} disabled={status.kind === 'checking'} data-testid="run-check">
            {status.kind === 'checking' ? t('checking') : t('checkButton')}
          </button>
          {status.kind === 'error' ? (
            <p className="error-note" role="alert" data-testid="check-error">
              {status.message}
            </p>
          ) : null}
        </section>
      </div>

      <CheckMap
        label={t('mapLabel')}
        labels={{ loading: props.messages.mapLoading, failed: props.messages.mapFailed, noWebgl: props.messages.noWebgl }}
        styleSetting={props.styleSetting}
        bounds={props.bounds}
        communities={props.communities}
        zones={props.zones}
        caseTracks={mapData.caseTracks}
        residentTrack={residentTrack}
        overlaps={mapData.overlaps}
        selected={selectedOverlap && selected !== null ? { index: selected, closest: selectedOverlap.closest } : null}
        resultBounds={mapData.bounds}
        onClick={onMapClick}
      />

      <div className="check-output" aria-live="polite">
        {result && props.focusCase?.kind === 'found' ? <FocusCaseVerdict caseCode={props.focusCase.caseCode} overlaps={result.overlaps} locale={props.locale} /> : null}
        {result ? <CheckResult focusCaseCode={focus?.caseCode} locale={props.locale} result={result} feedback={feedback} onFeedback={answer} selected={selected} onSelect={setSelected} /> : null}
        {result && counting.length > 0 ? (
          <ReportForm
            locale={props.locale}
            timeZone={timeZone}
            communities={props.communities}
            communityId={communityId}
            onCommunityId={setCommunityId}
            isPickingOnMap={isPickingCommunity}
            onPickOnMap={setIsPickingCommunity}
            overlaps={counting}
            trajectory={partsToGeoJson(result.given.parts)}
            retentionDays={props.retentionDays}
          />
        ) : null}
      </div>
    </main>
  );
}

/** The case the resident arrived with: its places and times in order, or why it cannot be shown. */
function FocusCaseSection({ focusCase, locale, timeZone }: { focusCase: FocusCase; locale: Locale; timeZone: string }) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values);
  if (focusCase.kind === 'unknown') {
    return (
      <p className="error-note" role="status" data-testid="focus-case-unknown">
        {t('checkCaseUnknown', { code: focusCase.caseCode })}
      </p>
    );
  }
  const visits = [...focusCase.visits].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return (
    <section className="check-step focus-case" aria-labelledby="focus-case-title" data-testid="focus-case">
      <h2 id="focus-case-title">{t('checkCaseTitle', { code: focusCase.caseCode })}</h2>
      <p className="hint">{t('checkCaseIntro', { code: focusCase.caseCode })}</p>
      <ol className="focus-case-visits" data-testid="focus-case-visits">
        {visits.map((visit, i) => (
          <li key={i}>
            <span className="focus-case-time">{formatRange(visit.start, visit.end, locale, timeZone)}</span>{' '}
            {visit.isMovement ? `${t('checkCaseMovement')}: ` : ''}
            {visit.place ?? ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Whether the resident's trips overlapped the case they came for (the check itself ran against every published case). */
function FocusCaseVerdict({ caseCode, overlaps, locale }: { caseCode: string; overlaps: OverlapReport[]; locale: Locale }) {
  const isOverlap = overlaps.some((o) => o.caseCode === caseCode);
  return (
    <p className={isOverlap ? 'alert-note' : 'ok-note'} data-testid="focus-case-verdict" data-overlap={isOverlap}>
      {translate(locale, isOverlap ? 'checkCaseOverlap' : 'checkCaseNoOverlap', { code: caseCode })}
    </p>
  );
}
