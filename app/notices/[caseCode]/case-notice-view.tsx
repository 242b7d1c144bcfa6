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
import { theme } from '@/lib/map/theme';
import type { Messages } from '@/lib/i18n/messages';

type Props = {
  caseCode: string;
  text: string;
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
    return () => markers.forEach((m) => m.remove());
  }, [map, isLoaded, labels]);
  return null;
}

function DownloadImageButton({ caseCode, title, labels, label }: { caseCode: string; title: string; labels: { number: number; lngLat: [number, number] }[]; label: string }) {
  const { map } = useMap();
  const download = () => {
    if (!map) return;
    const source = map.getCanvas();
    const ratio = source.width / source.clientWidth;
    const titleHeight = Math.round(48 * ratio);
    const canvas = document.createElement('canvas');
    canvas.width = source.width;
    canvas.height = source.height + titleHeight;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#16324f';
    ctx.fillRect(0, 0, canvas.width, titleHeight);
    ctx.fillStyle = '#ffffff';
    ctx.font = `600 ${Math.round(20 * ratio)}px system-ui, 'Noto Sans CJK SC', sans-serif`;
    ctx.textBaseline = 'middle';
    ctx.fillText(title, 14 * ratio, titleHeight / 2);
    ctx.drawImage(source, 0, titleHeight);
    for (const { number, lngLat } of labels) {
      const point = map.project(lngLat);
      const [x, y] = [point.x * ratio, point.y * ratio + titleHeight];
      ctx.beginPath();
      ctx.arc(x, y, 12 * ratio, 0, Math.PI * 2);
      ctx.fillStyle = theme.caseTrack.place;
      ctx.fill();
      ctx.lineWidth = 2 * ratio;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      ctx.fillStyle = '#ffffff';
      ctx.font = `700 ${Math.round(13 * ratio)}px system-ui, sans-serif`;
      ctx.textAlign = 'center';
      ctx.fillText(String(number), x, y + 0.5);
      ctx.textAlign = 'start';
    }
    canvas.toBlob((blob) => {
      if (!blob) return;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `gridwatch-${caseCode}.png`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    }, 'image/png');
  };
  return (
    <button type="button" className="notice-button" onClick={download} data-testid="download-notice-image">
      {label}
    </button>
  );
}

/** The notice: copyable text, the short link, and a map of the track with the places numbered. */
export function CaseNoticeView({ caseCode, text, shortLink, track, communities, messages: m, styleSetting }: Props) {
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
            <DownloadImageButton caseCode={caseCode} title={`${m.noticeTitle} · ${caseCode}`} labels={labels} label={m.downloadImage} />
          </div>
        </MapProvider>
      </section>
    </main>
  );
}
