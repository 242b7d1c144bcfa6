import { describe, expect, it } from 'vitest';
import { metersPerPixel, pngLayout, scaleBar } from './png-layout';

describe('pngLayout', () => {
  it('puts the legend beside the map, never over it', () => {
    const layout = pngLayout(800, 600);
    expect([layout.width, layout.height]).toEqual([1220, 736]);
    expect(layout.legend.x).toBeGreaterThanOrEqual(layout.map.x + layout.map.width);
    expect(layout.legend.x + layout.legend.width).toBeLessThanOrEqual(layout.width);
    expect(layout.footer.y).toBe(layout.map.y + layout.map.height);
    expect(layout.scaleBar.y + layout.scaleBar.height).toBeLessThanOrEqual(layout.map.y + layout.map.height);
  });

  it('grows taller when the legend and figures need more room than the map', () => {
    const layout = pngLayout(800, 300, { sideHeight: 700 });
    expect(layout.height).toBe(88 + 700 + 48);
    expect(layout.legend.height).toBe(700);
    expect(layout.footer.y).toBe(88 + 700);
    expect(layout.map.height).toBe(300);
  });
});

describe('scaleBar', () => {
  it('picks a round distance that fits', () => {
    expect(scaleBar(10, 150)).toEqual({ meters: 1000, pixels: 100, label: '1 km' });
    expect(scaleBar(1, 150)).toEqual({ meters: 100, pixels: 100, label: '100 m' });
    expect(scaleBar(3, 150).meters).toBe(200);
    expect(scaleBar(0.001, 150).meters).toBe(1);
  });

  it('derives metres per pixel from zoom and latitude', () => {
    expect(Math.round(metersPerPixel(0, 0))).toBe(78272);
    expect(metersPerPixel(60, 10)).toBeCloseTo(metersPerPixel(0, 10) / 2, 6);
  });
});
