'use client';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LegendSwatchSpec } from '@/lib/briefing/legend-entries';
import type { ZoneKind } from '@/lib/enums';
import { exportedMapLabels, metersPerPixel, pngLayout, scaleBar, type Box, type MapLabel } from '@/lib/briefing/png-layout';
import { hatchPattern } from '@/lib/map/hatch-patterns';
import { theme } from '@/lib/map/theme';

export type ExportLegendItem = { label: string; swatch: LegendSwatchSpec };

/** What the picture says besides the map: it must stand alone at a meeting, away from the page. */
export type ExportText = {
  title: string;
  /** The moment ("数据时间：…"). */
  subtitle: string;
  /** The window of new cases and changes ("统计区间：… 至 …"). */
  window: string;
  timestamp: string;
  attribution: string;
  legendTitle: string;
  legend: ExportLegendItem[];
  figuresTitle: string;
  figures: string[];
};

/** A line of text on the picture; `kind` names a map label's kind (community, zone, grid-cell). */
export type DrawnLine = { text: string; x: number; y: number; kind?: string };

const LEGEND_ROW = 34;
const FIGURE_ROW = 24;

const FONT = "system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

function zonePattern(ctx: CanvasRenderingContext2D, kind: ZoneKind): CanvasPattern | null {
  const image = hatchPattern(kind, theme.zone[kind].outline);
  const tile = document.createElement('canvas');
  tile.width = image.width;
  tile.height = image.height;
  tile.getContext('2d')?.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  return ctx.createPattern(tile, 'repeat');
}

function drawSwatch(ctx: CanvasRenderingContext2D, item: ExportLegendItem, x: number, y: number) {
  const s = item.swatch;
  if (s.kind === 'zone') {
    const style = theme.zone[s.zone];
    ctx.globalAlpha = style.fillOpacity;
    ctx.fillStyle = style.fill;
    ctx.fillRect(x, y, 40, 24);
    ctx.globalAlpha = 1;
    ctx.fillStyle = zonePattern(ctx, s.zone) ?? style.fill;
    ctx.fillRect(x, y, 40, 24);
    ctx.strokeStyle = style.outline;
    ctx.lineWidth = style.width;
    ctx.setLineDash(style.dash.length > 1 ? style.dash.map((d) => d * style.width) : []);
    ctx.strokeRect(x, y, 40, 24);
    ctx.setLineDash([]);
  } else if (s.kind === 'heat') {
    const gradient = ctx.createRadialGradient(x + 20, y + 12, 1, x + 20, y + 12, 14);
    gradient.addColorStop(0, s.color);
    gradient.addColorStop(1, 'rgba(255,255,255,0)');
    ctx.fillStyle = gradient;
    ctx.fillRect(x, y - 2, 40, 28);
  } else if (s.kind === 'line') {
    ctx.strokeStyle = s.color;
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(x, y + 12);
    ctx.lineTo(x + 40, y + 12);
    ctx.stroke();
  } else {
    ctx.beginPath();
    ctx.arc(x + 20, y + 12, 7, 0, Math.PI * 2);
    if (s.kind === 'dot') {
      ctx.fillStyle = s.color;
      ctx.fill();
    } else {
      ctx.strokeStyle = s.color;
      ctx.lineWidth = 3;
      ctx.stroke();
    }
  }
}

/** Draws text clipped to a width with an ellipsis, so long names never spill over the map. */
function fitText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > maxWidth) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** The names the map shows as HTML over its canvas (app/_components/map/map-labels.tsx), where it shows them. */
function shownMapLabels(map: MapLibreMap): MapLabel[] {
  return [...map.getContainer().querySelectorAll<HTMLElement>('.map-labels .map-label')].map((el) => ({
    text: el.textContent ?? '',
    kind: [...el.classList].find((c) => c !== 'map-label') ?? '',
    x: parseFloat(el.style.left),
    y: parseFloat(el.style.top),
  }));
}

/** The map's names on the picture as on screen: centred on their anchors, dark on a white halo, clipped to the map. */
function drawMapLabels(ctx: CanvasRenderingContext2D, labels: ReturnType<typeof exportedMapLabels>, box: Box) {
  ctx.save();
  ctx.beginPath();
  ctx.rect(box.x, box.y, box.width, box.height);
  ctx.clip();
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const label of labels) {
    ctx.font = `${label.font} ${FONT}`;
    ctx.strokeStyle = 'rgba(255,255,255,0.95)';
    ctx.lineWidth = 4;
    ctx.strokeText(label.text, label.x, label.y);
    ctx.fillStyle = label.color;
    ctx.fillText(label.text, label.x, label.y);
  }
  ctx.restore();
}

/**
 * Composes the current map view with the names it shows, the title, moment, window, legend, figures,
 * timestamp, scale bar and attribution on a 2D canvas (the map keeps its drawing buffer for this) and returns
 * it as a PNG, with the lines of text it drew (the e2e test looks for the figures and the map's names among
 * them, `kind` set for the names, and for ink where they are).
 */
export async function exportMapPng(map: MapLibreMap, text: ExportText): Promise<{ blob: Blob; lines: DrawnLine[] }> {
  const mapCanvas = map.getCanvas();
  const mapWidth = mapCanvas.clientWidth;
  const mapHeight = mapCanvas.clientHeight;
  const sideHeight = 40 + text.legend.length * LEGEND_ROW + 48 + text.figures.length * FIGURE_ROW;
  const layout = pngLayout(mapWidth, mapHeight, { sideHeight });
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const lines: DrawnLine[] = [];
  const write = (line: string, x: number, y: number, maxWidth: number) => {
    const fitted = fitText(ctx, line, maxWidth);
    ctx.fillText(fitted, x, y);
    lines.push({ text: fitted, x, y });
  };
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'alphabetic';

  ctx.fillStyle = '#1c2329';
  ctx.font = `bold 24px ${FONT}`;
  write(text.title, layout.title.x, 30, layout.title.width);
  ctx.font = `16px ${FONT}`;
  write(text.subtitle, layout.title.x, 54, layout.title.width);
  write(text.window, layout.title.x, 76, layout.title.width);

  map.redraw();
  ctx.drawImage(mapCanvas, 0, 0, mapCanvas.width, mapCanvas.height, layout.map.x, layout.map.y, layout.map.width, layout.map.height);
  ctx.strokeStyle = '#1c2329';
  ctx.lineWidth = 1;
  ctx.strokeRect(layout.map.x, layout.map.y, layout.map.width, layout.map.height);
  // The names are HTML over the map, not in its canvas: drawn here at the same places.
  const mapLabels = exportedMapLabels(shownMapLabels(map), layout.map);
  drawMapLabels(ctx, mapLabels, layout.map);
  lines.push(...mapLabels.map((l) => ({ text: l.text, x: l.x, y: l.y, kind: l.kind })));

  // Scale bar at the map's centre latitude, on a white box so it reads over any data.
  const bar = scaleBar(metersPerPixel(map.getCenter().lat, map.getZoom()), layout.scaleBar.width - 20);
  const { x, y } = layout.scaleBar;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(x - 6, y - 16, bar.pixels + 70, 30);
  ctx.fillStyle = '#1c2329';
  ctx.fillRect(x, y, bar.pixels, 5);
  ctx.font = `13px ${FONT}`;
  ctx.fillText(bar.label, x + bar.pixels + 8, y + 6);

  const side = layout.legend;
  ctx.font = `bold 18px ${FONT}`;
  write(text.legendTitle, side.x, side.y + 22, side.width);
  ctx.font = `15px ${FONT}`;
  text.legend.forEach((item, i) => {
    const rowY = side.y + 40 + i * LEGEND_ROW;
    drawSwatch(ctx, item, side.x, rowY);
    ctx.fillStyle = '#1c2329';
    write(item.label, side.x + 50, rowY + 17, side.width - 52);
  });
  const figuresY = side.y + 40 + text.legend.length * LEGEND_ROW + 16;
  ctx.font = `bold 18px ${FONT}`;
  write(text.figuresTitle, side.x, figuresY + 18, side.width);
  ctx.font = `15px ${FONT}`;
  text.figures.forEach((line, i) => write(line, side.x, figuresY + 44 + i * FIGURE_ROW, side.width));

  ctx.font = `13px ${FONT}`;
  ctx.fillStyle = '#1c2329';
  write(text.timestamp, layout.footer.x, layout.footer.y + 28, layout.footer.width / 2 - 10);
  ctx.fillStyle = '#5b6770';
  ctx.textAlign = 'right';
  ctx.fillText(fitText(ctx, text.attribution, layout.footer.width / 2 - 10), layout.footer.x + layout.footer.width, layout.footer.y + 28);
  ctx.textAlign = 'left';

  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  return { blob, lines };
}
