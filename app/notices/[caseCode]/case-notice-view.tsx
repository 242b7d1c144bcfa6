'use client';
import { bbox } from '@turf/turf';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { Marker } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import { MapProvider, useMap } from '@/app/_components/map/map-provider';
import { GeoJsonLayers } from '@/app/_components/map/geojson-layers';
import { caseTrackLayers } from '@/lib/map/layers/case-tracks';
import { communityLayers } from '@/lib/map/layers/communities';
import { labelPoints } from '@/lib/notice/label-points';
import type { NoticePlace } from '@/lib/notice/case-notice-text';
import { spreadMarkers } from '@/lib/notice/spread-markers';
import { drawNoticeImage } from './draw-notice-image';
import type { Messages } from '@/lib/i18n/messages';

type Props = {
  caseCode: string;
  text: string;
  places: NoticePlace[];
  placesTitle: string;
  shortLink: string;
  track: FeatureCollection<Point | LineString>;
  communities: FeatureCollection;
  messages: Messages;
  styleSetting?: string;
};

/** A numbered circle: drawn as a DOM marker on the page and again on the canvas of the image. */
function NumberMarkers({ labels }: { labels: { number: number; lngLat: [number, number] }[] }) {
  const { map, isLoaded } = useMap();
  useEffect(() => {
    if (!map || !isLoaded) return;
    const markers = labels.map(({ number, lngLat }) => {
      const element = document.createElement('div');
      element.className = 'notice-number';
      element.textContent = String(number);
      return new Marker({ element }).setLngLat(lngLat).addTo(map);
    });
    // Places a few metres apart share a pixel at this zoom: spread the circles so none hides another.
    const spread = () => {
      const placed = spreadMarkers(
        labels.map(({ number, lngLat }) => {
          const point = map.project(lngLat);
          return { number, anchor: [point.x, point.y] as [number, number] };
        }),
        12,
      );
      placed.forEach((p, i) => markers[i].setOffset([p.at[0] - p.anchor[0], p.at[1] - p.anchor[1]]));
    };
    spread();
    map.on('zoomend', spread);
    return () => {
      map.off('zoomend', spread);
      markers.forEach((m) => m.remove());
    };
  }, [map, isLoaded, labels]);
  return null;
}

/** Downloads the notice image once the map has drawn its track (before that the canvas would be empty). */
function DownloadImageButton({ caseCode, title, placesTitle, labels, places, label, preparing }: { caseCode: string; title: string; placesTitle: string; labels: { number: number; lngLat: [number, number] }[]; places: NoticePlace[]; label: string; preparing: string }) {
  const { map, isReady } = useMap();
  const download = () => {
    if (!map || !isReady) return;
    drawNoticeImage(map, { title, placesTitle, labels, places }).toBlob((blob) => {
      if (!blob) return;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `gridwatch-${caseCode}.png`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    }, 'image/png');
  };
  return (
    <button type="button" className="notice-button" onClick={download} disabled={!isReady} aria-busy={!isReady} data-testid="download-notice-image">
      {isReady ? label : preparing}
    </button>
  );
}

/** The notice: copyable text, the short link, and a map of the track with the places numbered. */
export function CaseNoticeView({ caseCode, text, places, placesTitle, shortLink, track, communities, messages: m, styleSetting }: Props) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const labels = useMemo(() => labelPoints(track.features), [track]);
  const [minLng, minLat, maxLng, maxLat] = bbox(track);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };
  return (
    <main className="notice-main">
      <section className="notice-text-panel" aria-labelledby="notice-heading">
        <h2 id="notice-heading">
          {m.noticeTitle} · {caseCode}
        </h2>
        <p className="notice-intro">{m.noticeIntro}</p>
        <label htmlFor="notice-text" className="visually-hidden">
          {m.noticeText}
        </label>
        <textarea id="notice-text" className="notice-text" readOnly value={text} rows={text.split('\n').length + 1} data-testid="notice-text" />
        <div className="notice-actions">
          <button type="button" className="notice-button primary" onClick={copy} data-testid="copy-notice-text">
            {m.copyText}
          </button>
          <span role="status" aria-live="polite" className="notice-status">
            {copyState === 'copied' ? m.copied : copyState === 'failed' ? m.copyFailed : ''}
          </span>
        </div>
        <p className="notice-short-link">
          {m.shortLink}: <a href={shortLink}>{shortLink}</a>
        </p>
        <p className="notice-short-link">
          <a href={`/check?case=${encodeURIComponent(caseCode)}`} data-testid="notice-check-link">
            {m.noticeCheckLink.replace('{code}', caseCode)}
          </a>
        </p>
      </section>
      <section className="notice-map" aria-label={m.noticeTitle}>
        <MapProvider
          styleSetting={styleSetting}
          initialBounds={[
            [minLng - 0.004, minLat - 0.004],
            [maxLng + 0.004, maxLat + 0.004],
          ]}
          readySourceIds={['communities', 'case-tracks']}
          labels={{ loading: m.mapLoading, failed: m.mapFailed, noWebgl: m.noWebgl }}
        >
          <GeoJsonLayers sourceId="communities" data={communities} layers={communityLayers('communities')} />
          <GeoJsonLayers sourceId="case-tracks" data={track} layers={caseTrackLayers('case-tracks')} />
          <NumberMarkers labels={labels} />
          <div className="notice-map-actions">
            <DownloadImageButton caseCode={caseCode} title={`${m.noticeTitle} · ${caseCode}`} placesTitle={placesTitle} labels={labels} places={places} label={m.downloadImage} preparing={m.noticeMapPreparing} />
          </div>
        </MapProvider>
      </section>
    </main>
  );
}
