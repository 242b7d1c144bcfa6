/** A rectangle in canvas pixels. */
export type Box = { x: number; y: number; width: number; height: number };

/** Where the PNG export draws each part, for a map canvas of a given CSS size. */
export type PngLayout = { width: number; height: number; title: Box; map: Box; legend: Box; footer: Box; scaleBar: Box };

export type PngLayoutOptions = { titleHeight?: number; footerHeight?: number; legendWidth?: number; margin?: number; sideHeight?: number };

/** Title band: the title, the moment and the window, one line each. */
export const PNG_TITLE_HEIGHT = 88;
/** The side column: legend and figures. */
export const PNG_SIDE_WIDTH = 380;

/**
 * Lays out the exported image: a title band on top (title, moment, window), the map at its on-screen size,
 * a column to its right with the legend and the figures (never over the data; the picture grows taller
 * when they need more room than the map), and a footer with time, attribution and scale bar.
 *
 * @example
 * pngLayout(800, 600).width // → 1220 (800 map + 380 side column + 2 × 20 margin)
 */
export function pngLayout(mapWidth: number, mapHeight: number, options: PngLayoutOptions = {}): PngLayout {
  const { titleHeight = PNG_TITLE_HEIGHT, footerHeight = 48, legendWidth = PNG_SIDE_WIDTH, margin = 20, sideHeight = 0 } = options;
  const width = Math.round(mapWidth + legendWidth + margin * 2);
  const height = Math.round(titleHeight + Math.max(mapHeight, sideHeight) + footerHeight);
  const map = { x: margin, y: titleHeight, width: mapWidth, height: mapHeight };
  return {
    width,
    height,
    title: { x: margin, y: 0, width: width - margin * 2, height: titleHeight },
    map,
    legend: { x: margin + mapWidth + margin, y: titleHeight, width: legendWidth - margin, height: Math.max(mapHeight, sideHeight) },
    footer: { x: margin, y: height - footerHeight, width: width - margin * 2, height: footerHeight },
    scaleBar: { x: map.x + 12, y: map.y + mapHeight - 30, width: 160, height: 18 },
  };
}

const NICE_STEPS = [1, 2, 5];

/**
 * A scale bar no longer than `maxPixels`, at a round distance (1, 2 or 5 × 10ⁿ metres).
 *
 * @example
 * scaleBar(10, 150) // → { meters: 1000, pixels: 100, label: '1 km' }
 */
export function scaleBar(metersPerPixel: number, maxPixels: number): { meters: number; pixels: number; label: string } {
  const maxMeters = metersPerPixel * maxPixels;
  let meters = 1;
  for (let power = 10 ** Math.floor(Math.log10(Math.max(maxMeters, 1))); power >= 1; power /= 10) {
    const step = [...NICE_STEPS].reverse().find((s) => s * power <= maxMeters);
    if (step) {
      meters = step * power;
      break;
    }
  }
  return { meters, pixels: meters / metersPerPixel, label: meters >= 1000 ? `${meters / 1000} km` : `${meters} m` };
}

/**
 * Metres per CSS pixel of a Web Mercator map at a latitude and zoom (512-px tiles, as MapLibre uses).
 *
 * @example
 * Math.round(metersPerPixel(0, 0)) // → 78272
 */
export function metersPerPixel(latitude: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** A name the map shows over its canvas (an HTML label), in CSS pixels of the map. */
export type MapLabel = { text: string; kind: string; x: number; y: number };

/** The canvas font of each label kind, as app/globals.css draws `.map-label.<kind>` on screen. */
export const MAP_LABEL_FONTS: Record<string, { font: string; color: string }> = {
  community: { font: 'bold 14px', color: '#37474f' },
  zone: { font: '600 13px', color: '#7f0000' },
  'grid-cell': { font: 'italic 12px', color: '#546e7a' },
};
const DEFAULT_LABEL_FONT = { font: '13px', color: '#263238' };

/**
 * The map's names where the picture draws them: each label moved by the map's place in the picture, with
 * its font and colour; labels whose anchor lies outside the map are left out (the picture has no overlay
 * to spill onto).
 *
 * @example
 * exportedMapLabels([{ text: 'Guro 1', kind: 'community', x: 10, y: 20 }], { x: 20, y: 88, width: 800, height: 600 })[0] // → { text: 'Guro 1', kind: 'community', x: 30, y: 108, font: 'bold 14px', color: '#37474f' }
 */
export function exportedMapLabels(labels: MapLabel[], map: Box): (MapLabel & { font: string; color: string })[] {
  return labels
    .filter((l) => l.text && l.x >= 0 && l.y >= 0 && l.x <= map.width && l.y <= map.height)
    .map((l) => ({ ...l, x: map.x + l.x, y: map.y + l.y, ...(MAP_LABEL_FONTS[l.kind] ?? DEFAULT_LABEL_FONT) }));
}
