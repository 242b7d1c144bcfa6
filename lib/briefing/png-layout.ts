/** A rectangle in canvas pixels. */
export type Box = { x: number; y: number; width: number; height: number };

/** Where the PNG export draws each part, for a map canvas of a given CSS size. */
export type PngLayout = { width: number; height: number; title: Box; map: Box; legend: Box; footer: Box; scaleBar: Box };

export type PngLayoutOptions = { titleHeight?: number; footerHeight?: number; legendWidth?: number; margin?: number };

/**
 * Lays out the exported image: a title band on top, the map at its on-screen size, the legend in a
 * column to the right of it (never over the data), and a footer with time, attribution and scale bar.
 *
 * @example
 * pngLayout(800, 600).width // → 1120 (800 map + 280 legend + 2 × 20 margin)
 */
export function pngLayout(mapWidth: number, mapHeight: number, options: PngLayoutOptions = {}): PngLayout {
  const { titleHeight = 64, footerHeight = 48, legendWidth = 280, margin = 20 } = options;
  const width = Math.round(mapWidth + legendWidth + margin * 2);
  const height = Math.round(titleHeight + mapHeight + footerHeight);
  const map = { x: margin, y: titleHeight, width: mapWidth, height: mapHeight };
  return {
    width,
    height,
    title: { x: margin, y: 0, width: width - margin * 2, height: titleHeight },
    map,
    legend: { x: margin + mapWidth + margin, y: titleHeight, width: legendWidth - margin, height: mapHeight },
    footer: { x: margin, y: titleHeight + mapHeight, width: width - margin * 2, height: footerHeight },
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
