'use client';
import { useSearchParams } from 'next/navigation';
import Link from 'next/link';
import { useCallback, useMemo, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { ZONE_KINDS } from '@/lib/enums';
import type { VisitedPlace } from '@/lib/db/queries/briefing';
import { decodeBriefingState } from '@/lib/briefing/url-state';
import { exportFileName, figureLines, windowText } from '@/lib/briefing/briefing-text';
import { sinceFor, type SinceChoice } from '@/lib/briefing/briefing-window';
import { briefingLegendEntries } from '@/lib/briefing/legend-entries';
import { formatInstant } from '@/lib/i18n/format-time';
import type { Locale, Messages } from '@/lib/i18n/messages';
import { MapProvider } from '@/app/_components/map/map-provider';
import { MapPopups } from '@/app/_components/map/map-popups';
import { MapLabels, type LabelSources } from '@/app/_components/map/map-labels';
import { PlaceSearch } from '@/app/_components/map/place-search';
import { CommunityCardPanel, SelectedCommunity } from '@/app/_components/community-card';
import { LanguageSwitch } from '@/app/_components/language-switch';
import type { BriefingPageData } from '../load';
import { briefingFitPadding, FlyTo, HatchImages, LayerState, OnFirstReady, ViewSync } from './map-layers';
import { BriefingSources, briefingSourceIds } from './briefing-sources';
import { BriefingLegend } from './briefing-legend';
import { TimeBar } from './time-bar';
import { WindowPicker } from './window-picker';
import { ExportButtons } from './export-buttons';
import { SummaryPanel } from './summary-panel';
import { PlacesList } from './places-list';
import { useBriefingData } from './use-briefing-data';
import { useBriefingLink } from './use-briefing-link';
import { useLastOpened } from './use-last-opened';
import '../briefing.css';

type Props = { initial: BriefingPageData; gridCells: FeatureCollection | null; locale: Locale; messages: Messages; styleSetting?: string; forcedSource: string | null };

const LABEL_SOURCES: LabelSources = { community: ['communities-fill'], zone: ZONE_KINDS.map((k) => `zones-fill-${k}`), 'grid-cell': ['grid-cells-outline'] };
const POPUP_LAYERS = ['case-tracks-place', 'case-tracks-line', ...ZONE_KINDS.map((k) => `zones-fill-${k}`).reverse(), 'grid-cells-outline', 'communities-fill'];

/** The officials' briefing: title bar, map with a large legend, time bar, the window's figures and changes, places. */
export function BriefingView({ initial, gridCells, locale, messages: m, styleSetting, forcedSource }: Props) {
  const searchParams = useSearchParams();
  const [linkState] = useState(() => decodeBriefingState(new URLSearchParams(searchParams?.toString())));
  const { days, timeZone, mode } = initial;
  const [dayIndex, setDayIndex] = useState(initial.dayIndex);
  // The page's own moment until the slider moves (it may be "now", not a day's end).
  const [at, setAt] = useState(initial.briefing.at);
  const [trackDays, setTrackDays] = useState(initial.briefing.trackDays);
  const lastOpened = useLastOpened(initial.briefing.at);
  const [sinceChoice, setSinceChoice] = useState<SinceChoice>(linkState.since ? 'custom' : 'day');
  const [customSince, setCustomSince] = useState<string | null>(linkState.since ?? null);
  const since = sinceFor(sinceChoice, at, { lastOpened, custom: customSince });
  // Other days are read ahead once the first picture is on screen, not while its tiles load.
  const [hasFirstPicture, setHasFirstPicture] = useState(false);
  const onFirstReady = useCallback(() => setHasFirstPicture(true), []);
  const data = useBriefingData(initial, { at, since, trackDays, forcedSource, day: days[dayIndex].day, prefetch: hasFirstPicture && since === undefined });
  const briefing = data.briefing;
  const entries = useMemo(() => briefingLegendEntries(m, mode), [m, mode]);
  const [visible, setVisible] = useState<Record<string, boolean>>(() => Object.fromEntries(entries.map((e) => [e.id, linkState.layers ? linkState.layers.includes(e.id) : true])));
  const [view, setView] = useState(linkState.center && linkState.zoom !== undefined ? { center: linkState.center, zoom: linkState.zoom } : undefined);
  const [initialView] = useState(view);
  const [target, setTarget] = useState<VisitedPlace | null>(null);
  const [communityId, setCommunityId] = useState<number | null>(null);
  const closeCard = useCallback(() => setCommunityId(null), []);
  const onDay = useCallback((index: number) => {
    setDayIndex(index);
    setAt(days[index].at);
  }, [days]);
  const onMove = useCallback((center: [number, number], zoom: number) => setView({ center, zoom }), []);
  const allVisible = entries.every((e) => visible[e.id]);
  useBriefingLink(
    { at: at === initial.briefing.at && !linkState.at ? undefined : at, since: sinceChoice === 'day' ? undefined : since, center: view?.center, zoom: view?.zoom, layers: allVisible ? undefined : entries.filter((e) => visible[e.id]).map((e) => e.id), trackDays: trackDays === 14 ? undefined : trackDays },
    forcedSource,
  );
  const visibleLayerIds = useMemo(() => entries.filter((e) => visible[e.id]).flatMap((e) => e.layerIds), [entries, visible]);
  const hiddenLayerIds = useMemo(() => entries.filter((e) => !visible[e.id]).flatMap((e) => e.layerIds), [entries, visible]);
  const dataTime = formatInstant(briefing.at, locale, timeZone);
  const exportText = () => ({
    title: `${m.briefingTitle} · ${m.briefingDistrict}`,
    subtitle: m.briefingDataAt.replace('{time}', dataTime),
    window: windowText(briefing.figures.newCases, m, locale, timeZone),
    timestamp: `${m.briefingDataAt.replace('{time}', dataTime)} · ${formatInstant(new Date(), locale, timeZone)}`,
    attribution: m.attributionDemo,
    legendTitle: m.legend,
    legend: entries.filter((e) => visible[e.id]).map((e) => ({ label: e.label, swatch: e.swatch })),
    figuresTitle: m.briefingSummary,
    figures: figureLines(briefing.figures, m, locale),
  });

  return (
    <div className="briefing-shell" data-briefing-at={briefing.at} data-briefing-since={briefing.changes.since} data-source-mode={mode}>
      <header className="briefing-title">
        <div>
          <h1>
            {m.briefingTitle} <span className="district">{m.briefingDistrict}</span>
          </h1>
          <p className="data-time" data-testid="data-time">
            {m.briefingDataAt.replace('{time}', dataTime)}
          </p>
        </div>
        <span className="spacer" />
        <Link href="/" className="title-link">
          {m.appName}
        </Link>
        <LanguageSwitch current={locale} label={m.switchTo} />
      </header>
      <div className="briefing-body">
        <main className="briefing-map">
          <MapProvider styleSetting={styleSetting} initialBounds={initial.bounds} fitPadding={briefingFitPadding} initialView={initialView} addLayersOn="style-load" readySourceIds={briefingSourceIds(mode)} labels={{ loading: m.mapLoading, failed: m.mapFailed, noWebgl: m.noWebgl }}>
            <HatchImages />
            <OnFirstReady onReady={onFirstReady} />
            <BriefingSources mode={mode} briefing={briefing} communities={initial.communities} gridCells={gridCells} at={briefing.at} trackDays={trackDays} />
            <LayerState visibleLayerIds={visibleLayerIds} hiddenLayerIds={hiddenLayerIds} newSince={briefing.changes.since} />
            <ViewSync onMove={onMove} />
            <FlyTo target={target?.lngLat ?? null} />
            <MapLabels sources={LABEL_SOURCES} />
            <PlaceSearch messages={m} />
            <MapPopups layerIds={POPUP_LAYERS} locale={locale} timeZone={timeZone} communityLayerId="communities-fill" onCommunity={setCommunityId} />
            <SelectedCommunity sourceId="communities" sourceLayer={mode === 'tiles' ? 'communities' : undefined} communityId={communityId} />
            {communityId !== null ? <CommunityCardPanel communityId={communityId} at={briefing.at} locale={locale} timeZone={timeZone} messages={m} onClose={closeCard} /> : null}
            <BriefingLegend entries={entries} visible={visible} onToggle={(id) => setVisible((v) => ({ ...v, [id]: !v[id] }))} sourceNote={mode === 'tiles' ? m.briefingSourceTiles : m.briefingSourceGeoJson} messages={m} />
            <TimeBar days={days} dayIndex={dayIndex} onDay={onDay} trackDays={trackDays} onTrackDays={setTrackDays} messages={m}>
              <WindowPicker choice={sinceChoice} custom={customSince} lastOpened={lastOpened} timeZone={timeZone} messages={m} onChoice={setSinceChoice} onCustom={setCustomSince} />
              <ExportButtons messages={m} fileName={exportFileName(briefing.at, timeZone)} text={exportText} />
            </TimeBar>
          </MapProvider>
        </main>
        <div className="briefing-side">
          <SummaryPanel briefing={briefing} days={days} dayIndex={dayIndex} locale={locale} timeZone={timeZone} messages={m} showChanges={visible.changes} onShowChanges={(value) => setVisible((v) => ({ ...v, changes: value }))} />
          <PlacesList places={briefing.places} locale={locale} timeZone={timeZone} messages={m} onPick={setTarget} />
        </div>
      </div>
    </div>
  );
}
