'use client';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore } from 'react';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { feedbackKey, type OverlapFeedback } from '@/lib/check/advice';
import type { OverlapAnswer } from '@/lib/check/check-answer';
import type { FocusCase } from '@/lib/check/focus-case';
import { errorText } from '@/lib/errors/render-error';
import { partsToGeoJson } from '@/lib/check/parts-to-geojson';
import { checkMapData } from '@/lib/check-screen/check-map-data';
import { checkScreenReducer, initialCheckScreenState } from '@/lib/check-screen/check-screen-state';
import { ruleFieldError, ruleInputOf } from '@/lib/check-screen/rule-choice';
import type { CommunityProperties } from '@/lib/community/community-types';
import type { ZoneProperties } from '@/lib/zones/zone-types';
import { translate } from '@/lib/i18n/locale';
import type { Locale, MessageKey, Messages } from '@/lib/i18n/messages';
import type { LngLat } from '@/lib/trajectory/types';
import { readFeedback, writeFeedback } from '../_lib/browser-store';
import { runBrowserCheck } from '../_lib/run-browser-check';
import { CheckMap } from './check-map';
import { CheckResult } from './check-result';
import { FocusCaseSection, FocusCaseVerdict } from './focus-case';
import { ModeStep } from './mode-step';
import { ReportForm } from './report-form';
import { RuleStep } from './rule-step';
import { TrajectoryInput } from './trajectory-input';

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

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The browser's IANA zone; 'UTC' while rendering on the server (nothing time-related is shown before a check). */
const subscribeNever = () => () => {};
const useBrowserTimeZone = () => useSyncExternalStore(subscribeNever, () => Intl.DateTimeFormat().resolvedOptions().timeZone, () => 'UTC');

/** Phones stack the map above the result: after a check, or on "show on the map", the page scrolls for them. */
const isStacked = () => typeof window !== 'undefined' && window.matchMedia('(max-width: 899px)').matches;

/** The resident self-check page: trips in, rule, private or server check, result, advice and report. */
export function ResidentCheck(props: Props) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(props.locale, key, values);
  const timeZone = useBrowserTimeZone();
  const [state, dispatch] = useReducer(checkScreenReducer, undefined, () => initialCheckScreenState(typeof window === 'undefined' ? {} : readFeedback()));
  const { given, result, selected } = state;
  const [pickTarget, setPickTarget] = useState<number | null>(null);
  const [mapPick, setMapPick] = useState<{ lngLat: LngLat; n: number } | null>(null);
  const [communityId, setCommunityId] = useState('');
  const [isPickingCommunity, setIsPickingCommunity] = useState(false);
  const resultRef = useRef<HTMLElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);

  // Each new result comes to the resident: focus (for screen readers and keyboards) and, on a phone, into view.
  useEffect(() => {
    if (state.resultCount === 0 || !resultRef.current) return;
    resultRef.current.focus({ preventScroll: true });
    resultRef.current.scrollIntoView({ block: 'start', behavior: isStacked() ? 'auto' : 'smooth' });
  }, [state.resultCount]);

  async function check() {
    if (!given) return dispatch({ type: 'check-failed', message: t('needTrajectory') });
    if (ruleFieldError(state.rule)) return;
    dispatch({ type: 'check-started' });
    try {
      const { answer, caseTracks } = await runBrowserCheck({
        given,
        ruleInput: ruleInputOf(state.rule),
        mode: state.mode,
        zones: props.zones,
        timeZone,
        onStage: (stage) => dispatch({ type: 'check-stage', stage }),
        onProgress: (fraction) => dispatch({ type: 'check-progress', fraction }),
      });
      dispatch({ type: 'check-finished', result: { answer, mode: state.mode, caseTracks, given, timeZone } });
    } catch (error) {
      dispatch({ type: 'check-failed', message: t('checkFailed', { message: errorText(error, props.locale, timeZone) }) });
    }
  }

  function answer(overlap: OverlapAnswer, value: OverlapFeedback) {
    dispatch({ type: 'feedback-given', key: feedbackKey(overlap), value });
    writeFeedback({ ...state.feedback, [feedbackKey(overlap)]: value });
  }

  function select(index: number) {
    dispatch({ type: 'overlap-selected', index });
    if (isStacked()) mapRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
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

  // The upload's simplified track (drawn, never checked); typed-in and recorded trips are short and drawn whole.
  const shown = result ? result.given : given;
  const residentTrack = useMemo(() => (shown ? (shown.display ?? partsToGeoJson(shown.parts)) : EMPTY), [shown]);
  const focus = props.focusCase?.kind === 'found' ? props.focusCase : undefined;
  const mapData = useMemo(() => checkMapData(result, focus), [result, focus]);
  const counting = result ? result.answer.overlaps.filter((o) => state.feedback[feedbackKey(o)] !== 'not-me') : [];
  const selectedOverlap = result && selected !== null ? result.answer.overlaps[selected] : null;

  return (
    <main className="check-main">
      <div className="check-form">
        <h2 className="check-title">{t('checkTitle')}</h2>
        <p className="hint">{t('checkIntro')}</p>
        {props.focusCase ? <FocusCaseSection focusCase={props.focusCase} locale={props.locale} timeZone={props.caseTimeZone} /> : null}
        <TrajectoryInput locale={props.locale} timeZone={timeZone} onTrajectory={(next) => dispatch({ type: 'trajectory-given', given: next })} mapPick={mapPick} onPickTarget={setPickTarget} />
        <RuleStep
          locale={props.locale}
          choice={state.rule}
          onPreset={(preset) => dispatch({ type: 'preset-picked', preset })}
          onCustomToggle={(isCustom) => dispatch({ type: 'custom-toggled', isCustom })}
          onCustomField={(field, value) => dispatch({ type: 'custom-typed', field, value })}
        />
        <ModeStep locale={props.locale} mode={state.mode} onMode={(mode) => dispatch({ type: 'mode-picked', mode })} status={state.status} onCheck={() => void check()} />
      </div>

      <CheckMap
        ref={mapRef}
        label={t('mapLabel')}
        labels={{ loading: props.messages.mapLoading, failed: props.messages.mapFailed, noWebgl: props.messages.noWebgl }}
        legend={{ title: t('legend'), yourTrack: t('legendYourTrack'), caseTrack: t('legendCaseTrack'), overlap: t('legendOverlap'), coverage: t('legendCoverage') }}
        styleSetting={props.styleSetting}
        bounds={props.bounds}
        communities={props.communities}
        zones={props.zones}
        coverageArea={mapData.coverageArea}
        caseTracks={mapData.caseTracks}
        residentTrack={residentTrack}
        overlaps={mapData.overlaps}
        selected={selectedOverlap && selected !== null ? { index: selected, closest: selectedOverlap.closest } : null}
        resultBounds={mapData.bounds}
        onClick={onMapClick}
      />

      <div className="check-output" aria-live="polite">
        {result && focus ? <FocusCaseVerdict caseCode={focus.caseCode} overlaps={result.answer.overlaps} isCovered={result.answer.coverage.status === 'covered'} locale={props.locale} /> : null}
        {result ? <CheckResult ref={resultRef} focusCaseCode={focus?.caseCode} locale={props.locale} result={result} feedback={state.feedback} onFeedback={answer} selected={selected} onSelect={select} /> : null}
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
            trajectory={() => partsToGeoJson(result.given.parts)}
            retentionDays={props.retentionDays}
          />
        ) : null}
      </div>
    </main>
  );
}
