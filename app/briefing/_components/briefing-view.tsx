'use client';
import type { LayerSpecification } from 'maplibre-gl';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ZONE_KINDS, type ZoneKind } from '@/lib/enums';
import type { VisitedPlace } from '@/lib/db/queries/briefing';
import { decodeBriefingState, encodeBriefingState } from '@/lib/briefing/url-state';
import { formatInstant } from '@/lib/i18n/format-time';
import type { Locale, Messages } from '@/lib/i18n/messages';
import { caseTrackLayers } from '@/lib/map/layers/case-tracks';
import { communityLayers } from '@/lib/map/layers/communities';
import { zoneLayers } from '@/lib/map/layers/zones';
import { changedZoneLayers, newCaseLayers, withSourceLayer, zoneHatchLayers } from '@/lib/map/layers/briefing';
import { theme } from '@/lib/map/theme';
import { MapProvider, useMap } from '@/app/_components/map/map-provider';
import { GeoJsonLayers } from '@/app/_components/map/geojson-layers';
import { MapPopups } from '@/app/_components/map/map-popups';
import { CommunityCardPanel, SelectedCommunity } from '@/app/_components/community-card';
import { communityStatusLayers } from '@/lib/map/layers/community-status';
import { LanguageSwitch } from '@/app/_components/language-switch';
import type { BriefingPageData } from '../load';
import { HatchImages, LayerState, VectorTileLayers, ViewSync } from './map-layers';
import { SummaryPanel } from './summary-panel';
import { PlacesList } from './places-list';
import { ZoneSwatch } from './zone-swatch';
import { exportMapPng, type ExportLegendItem } from './export-png';
import '../briefing.css';

type Props = { initial: BriefingPageData; locale: Locale; messages: Messages; styleSetting?: string; forcedSource: string | null };

type Entry = { id: string; label: string; layerIds: string[]; swatch: ExportLegendItem['swatch'] };

const ZONE_LABEL = { sealed: 'zoneSealed', controlled: 'zoneControlled', precaution: 'zonePrecaution' } as const;
const SOURCES = ['communities', 'zones', 'case-tracks', 'changes'];
const PLAY_STEP_MS = 1500;
const URL_DEBOUNCE_MS = 400;

/** Fill, hatching and outline per kind, precaution first so sealed draws on top. */
function briefingZoneLayers(sourceId: string): LayerSpecification[] {
  const base = zoneLayers(sourceId);
  const hatch = zoneHatchLayers(sourceId);
  return hatch.flatMap((h, i) => [base[2 * i], h, base[2 * i + 1]]);
}

function legendEntries(m: Messages): Entry[] {
  return [
    ...ZONE_KINDS.map((kind: ZoneKind) => ({
      id: `zones-${kind}`,
      label: m[ZONE_LABEL[kind]],
      layerIds: [`zones-fill-${kind}`, `zones-hatch-${kind}`, `zones-outline-${kind}`],
      swatch: { kind: 'zone' as const, zone: kind },
    })),
    { id: 'case-places', label: m.casePlaces, layerIds: ['case-tracks-place'], swatch: { kind: 'dot', color: theme.caseTrack.place } },
    { id: 'case-movements', label: m.caseMovements, layerIds: ['case-tracks-halo', 'case-tracks-line'], swatch: { kind: 'line', color: theme.caseTrack.line } },
    { id: 'changes', label: m.briefingChangedZones, layerIds: ['changes-added', 'changes-lifted', 'case-tracks-new'], swatch: { kind: 'ring', color: theme.change.added } },
    { id: 'communities', label: m.communities, layerIds: ['communities-fill', 'communities-outline'], swatch: { kind: 'line', color: theme.community.outline } },
  ];
}

function LegendSwatch({ swatch }: { swatch: Entry['swatch'] }) {
  if (swatch.kind === 'zone') return <ZoneSwatch kind={swatch.zone} />;
  if (swatch.kind === 'line') return <span className="swatch-line" style={{ borderTopColor: swatch.color, width: 40 }} aria-hidden />;
  return <span className={swatch.kind === 'dot' ? 'legend-dot' : 'legend-ring'} style={swatch.kind === 'dot' ? { background: swatch.color } : { borderColor: swatch.color }} aria-hidden />;
}

function ExportButtons({ m, text }: { m: Messages; text: () => Parameters<typeof exportMapPng>[1] }) {
  const { map } = useMap();
  const exportPng = async () => {
    if (!map) return;
    const blob = await exportMapPng(map, text());
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `gridwatch-briefing-${new Date().toISOString().slice(0, 10)}.png`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <div className="briefing-actions">
      <button type="button" onClick={exportPng} disabled={!map} data-testid="export-png">
        {m.briefingExportPng}
      </button>
      <button type="button" onClick={() => window.print()}>
        {m.briefingPrint}
      </button>
    </div>
  );
}

function FlyTo({ target }: { target: VisitedPlace | null }) {
  const { map } = useMap();
  useEffect(() => {
    if (map && target) map.flyTo({ center: target.lngLat, zoom: Math.max(map.getZoom(), 15), duration: 800 });
  }, [map, target]);
  return null;
}

/** The officials' briefing: title bar, map with a large legend, time slider, figures, changes and places. */
export function BriefingView({ initial, locale, messages: m, styleSetting, forcedSource }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const linkState = useMemo(() => decodeBriefingState(new URLSearchParams(searchParams?.toString())), [searchParams]);
  const [data, setData] = useState(initial);
  const { days, timeZone, mode } = data;
  const [dayIndex, setDayIndex] = useState(initial.dayIndex);
  const [trackDays, setTrackDays] = useState(initial.briefing.trackDays);
  const [isPlaying, setIsPlaying] = useState(false);
  const entries = useMemo(() => legendEntries(m), [m]);
  const [visible, setVisible] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(entries.map((e) => [e.id, linkState.layers ? linkState.layers.includes(e.id) : true])),
  );
  const [view, setView] = useState<{ center: [number, number]; zoom: number } | undefined>(
    linkState.center && linkState.zoom !== undefined ? { center: linkState.center, zoom: linkState.zoom } : undefined,
  );
  const [target, setTarget] = useState<VisitedPlace | null>(null);
  const [communityId, setCommunityId] = useState<number | null>(null);
  const closeCard = useCallback(() => setCommunityId(null), []);
  const communitySpecs = useMemo(() => [...communityLayers('communities'), ...communityStatusLayers('communities').filter((l) => l.id === 'communities-selected')], []);
  const [initialView] = useState(view);
  const at = days[dayIndex].at;
  const briefing = data.briefing;

  // Another day or window: ask the server (the figures are computed in the database).
  useEffect(() => {
    if (at === data.briefing.at && trackDays === data.briefing.trackDays) return;
    const controller = new AbortController();
    const params = new URLSearchParams({ at, days: String(trackDays) });
    if (forcedSource) params.set('source', forcedSource);
    fetch(`/api/briefing?${params}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<BriefingPageData>) : Promise.reject(new Error(`briefing ${response.status}`))))
      .then(setData)
      .catch((error: unknown) => {
        if ((error as Error).name !== 'AbortError') console.warn(error);
      });
    return () => controller.abort();
  }, [at, trackDays, forcedSource, data.briefing.at, data.briefing.trackDays]);

  // The link follows the picture, debounced so dragging the slider or the map does not flood history.
  useEffect(() => {
    const timer = setTimeout(() => {
      const params = encodeBriefingState({
        at,
        center: view?.center,
        zoom: view?.zoom,
        layers: entries.every((e) => visible[e.id]) ? undefined : entries.filter((e) => visible[e.id]).map((e) => e.id),
        trackDays: trackDays === 14 ? undefined : trackDays,
      });
      if (forcedSource) params.set('source', forcedSource);
      const next = `${pathname}?${params}`;
      if (`${pathname}?${searchParams?.toString() ?? ''}` !== next) router.replace(next, { scroll: false });
    }, URL_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [at, view, visible, trackDays, entries, forcedSource, pathname, router, searchParams]);

  useEffect(() => {
    if (!isPlaying) return;
    const timer = setInterval(() => {
      setDayIndex((i) => {
        if (i >= days.length - 1) {
          setIsPlaying(false);
          return i;
        }
        return i + 1;
      });
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [isPlaying, days.length]);

  const onMove = useCallback((center: [number, number], zoom: number) => setView({ center, zoom }), []);
  const visibleLayerIds = useMemo(() => entries.filter((e) => visible[e.id]).flatMap((e) => e.layerIds), [entries, visible]);
  const hiddenLayerIds = useMemo(() => entries.filter((e) => !visible[e.id]).flatMap((e) => e.layerIds), [entries, visible]);
  const dataTime = formatInstant(briefing.at, locale, timeZone);
  const bounds = initial.bounds;

  const zones = useMemo(() => briefingZoneLayers('zones'), []);
  const caseLayers = useMemo(() => [...caseTrackLayers('case-tracks'), ...newCaseLayers('case-tracks', briefing.changes.since)], [briefing.changes.since]);
  const tileQuery = `at=${encodeURIComponent(at)}`;
  const exportText = () => ({
    title: `${m.briefingTitle} · ${m.briefingDistrict}`,
    subtitle: m.briefingDataAt.replace('{time}', dataTime),
    timestamp: `${m.briefingDataAt.replace('{time}', dataTime)} · ${formatInstant(new Date(), locale, timeZone)}`,
    attribution: m.attributionDemo,
    legendTitle: m.legend,
    legend: entries.filter((e) => visible[e.id]).map((e) => ({ label: e.label, swatch: e.swatch })),
  });

  return (
    <div className="briefing-shell" data-briefing-at={briefing.at} data-source-mode={mode}>
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
          <MapProvider styleSetting={styleSetting} initialBounds={bounds} readySourceIds={SOURCES} labels={{ loading: m.mapLoading, failed: m.mapFailed, noWebgl: m.noWebgl }}>
            <HatchImages />
            {mode === 'geojson' ? (
              <>
                <GeoJsonLayers sourceId="communities" data={initial.communities ?? { type: 'FeatureCollection', features: [] }} layers={communitySpecs} />
                <GeoJsonLayers sourceId="zones" data={briefing.zones ?? { type: 'FeatureCollection', features: [] }} layers={zones} />
                <GeoJsonLayers sourceId="case-tracks" data={briefing.caseVisits ?? { type: 'FeatureCollection', features: [] }} layers={caseLayers} />
              </>
            ) : (
              <>
                <VectorTileLayers sourceId="communities" tileUrl="/api/tiles/communities/{z}/{x}/{y}" layers={withSourceLayer(communitySpecs, 'communities')} />
                <VectorTileLayers sourceId="zones" tileUrl={`/api/tiles/zones/{z}/{x}/{y}?${tileQuery}`} layers={withSourceLayer(zones, 'zones')} />
                <VectorTileLayers sourceId="case-tracks" tileUrl={`/api/tiles/cases/{z}/{x}/{y}?${tileQuery}&days=${trackDays}`} layers={withSourceLayer(caseLayers, 'cases')} />
              </>
            )}
            <GeoJsonLayers sourceId="changes" data={briefing.changes.zoneShapes} layers={changedZoneLayers('changes')} />
            <LayerState visibleLayerIds={visibleLayerIds} hiddenLayerIds={hiddenLayerIds} newSince={briefing.changes.since} />
            <ViewSync initial={initialView} bounds={bounds} onMove={onMove} />
            <FlyTo target={target} />
            <MapPopups layerIds={['case-tracks-place', 'case-tracks-line', ...ZONE_KINDS.map((k) => `zones-fill-${k}`).reverse(), 'communities-fill']} locale={locale} timeZone={timeZone} communityLayerId="communities-fill" onCommunity={setCommunityId} />
            <SelectedCommunity sourceId="communities" sourceLayer={mode === 'tiles' ? 'communities' : undefined} communityId={communityId} />
            {communityId !== null ? <CommunityCardPanel communityId={communityId} at={briefing.at} locale={locale} timeZone={timeZone} messages={m} onClose={closeCard} /> : null}
            <aside className="briefing-legend" aria-label={m.legend} data-testid="briefing-legend">
              <h2>{m.legend}</h2>
              {entries.map((entry) => (
                <label key={entry.id} className="legend-row">
                  <input type="checkbox" checked={visible[entry.id]} onChange={() => setVisible((v) => ({ ...v, [entry.id]: !v[entry.id] }))} data-layer-toggle={entry.id} />
                  <LegendSwatch swatch={entry.swatch} />
                  <span>{entry.label}</span>
                </label>
              ))}
              <p className="panel-note">{mode === 'tiles' ? m.briefingSourceTiles : m.briefingSourceGeoJson}</p>
              <p className="panel-note print-only">{m.attributionDemo}</p>
            </aside>
            <div className="briefing-time" role="group" aria-label={m.briefingTimeSlider}>
              <button type="button" onClick={() => setIsPlaying((p) => !p)} data-testid="play" aria-pressed={isPlaying}>
                {isPlaying ? m.briefingPause : m.briefingPlay}
              </button>
              <input
                type="range"
                min={0}
                max={days.length - 1}
                step={1}
                value={dayIndex}
                onChange={(e) => setDayIndex(Number(e.target.value))}
                aria-label={m.briefingTimeSlider}
                aria-valuetext={days[dayIndex].day}
                data-testid="time-slider"
              />
              <output className="slider-day">{days[dayIndex].day}</output>
              <label className="track-days">
                {m.briefingTrackDays.replace('{days}', '')}
                <input type="number" min={1} max={60} value={trackDays} onChange={(e) => setTrackDays(Math.min(60, Math.max(1, Number(e.target.value) || 14)))} data-testid="track-days" />
              </label>
              <ExportButtons m={m} text={exportText} />
            </div>
          </MapProvider>
        </main>
        <div className="briefing-side">
          <SummaryPanel
            briefing={briefing}
            days={days}
            dayIndex={dayIndex}
            locale={locale}
            timeZone={timeZone}
            messages={m}
            showChanges={visible.changes}
            onShowChanges={(value) => setVisible((v) => ({ ...v, changes: value }))}
          />
          <PlacesList places={briefing.places} locale={locale} timeZone={timeZone} messages={m} onPick={setTarget} />
        </div>
      </div>
    </div>
  );
}
