import type { Map as MapLibreMap } from 'maplibre-gl';
import { theme } from '@/lib/map/theme';
import type { NoticePlace } from '@/lib/notice/case-notice-text';
import { spreadMarkers } from '@/lib/notice/spread-markers';

const FONT = "system-ui, 'Noto Sans CJK SC', sans-serif";

/** `text` cut with an ellipsis to fit `width` on `ctx`. */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * The notice as one image that stands alone in a group chat: a title bar, the map with numbered places (circles
 * spread so none hides another, each joined to its place by a line), and below it every place with its time.
 */
export function drawNoticeImage(map: MapLibreMap, input: { title: string; placesTitle: string; labels: { number: number; lngLat: [number, number] }[]; places: NoticePlace[] }): HTMLCanvasElement {
  const source = map.getCanvas();
  const ratio = source.width / source.clientWidth;
  const px = (n: number) => Math.round(n * ratio);
  const titleHeight = px(48);
  const lineHeight = px(24);
  const listHeight = px(20) + lineHeight * (input.places.length + 1);
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = titleHeight + source.height + listHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;

  ctx.fillStyle = '#16324f';
  ctx.fillRect(0, 0, canvas.width, titleHeight);
  ctx.fillStyle = '#ffffff';
  ctx.font = `600 ${px(20)}px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(fit(ctx, input.title, canvas.width - px(28)), px(14), titleHeight / 2);
  ctx.drawImage(source, 0, titleHeight);

  const radius = 12;
  const markers = spreadMarkers(
    input.labels.map(({ number, lngLat }) => {
      const point = map.project(lngLat);
      return { number, anchor: [point.x, point.y] as [number, number] };
    }),
    radius,
  );
  for (const { number, anchor, at } of markers) {
    const [ax, ay] = [anchor[0] * ratio, anchor[1] * ratio + titleHeight];
    const [x, y] = [at[0] * ratio, at[1] * ratio + titleHeight];
    if (Math.hypot(x - ax, y - ay) > 1) {
      ctx.beginPath();
      ctx.moveTo(ax, ay);
      ctx.lineTo(x, y);
      ctx.strokeStyle = theme.caseTrack.place;
      ctx.lineWidth = px(1.5);
      ctx.stroke();
    }
    ctx.beginPath();
    ctx.arc(x, y, px(radius), 0, Math.PI * 2);
    ctx.fillStyle = theme.caseTrack.place;
    ctx.fill();
    ctx.lineWidth = px(2);
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.fillStyle = '#ffffff';
    ctx.font = `700 ${px(13)}px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.fillText(String(number), x, y + 0.5);
    ctx.textAlign = 'start';
  }

  const top = titleHeight + source.height;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, top, canvas.width, listHeight);
  ctx.fillStyle = '#16324f';
  ctx.font = `600 ${px(15)}px ${FONT}`;
  ctx.fillText(fit(ctx, input.placesTitle, canvas.width - px(28)), px(14), top + px(10) + lineHeight / 2);
  ctx.font = `${px(14)}px ${FONT}`;
  ctx.fillStyle = '#1f2933';
  input.places.forEach((place, i) => {
    ctx.fillText(fit(ctx, `${place.number}. ${place.when} ${place.place}`, canvas.width - px(28)), px(14), top + px(10) + lineHeight * (i + 1.5));
  });
  return canvas;
}
