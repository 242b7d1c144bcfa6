import { describe, expect, it } from 'vitest';
import { exportedMapLabels, metersPerPixel, pngLayout, scaleBar } from './png-layout';

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

describe('exportedMapLabels', () => {
  const map = { x: 20, y: 88, width: 800, height: 600 };

  it('moves each label by the map box and gives it the kind’s font and colour', () => {
    const [community, zone, other] = exportedMapLabels(
      [
        { text: '고척1동', kind: 'community', x: 100, y: 50 },
        { text: 'Zone A', kind: 'zone', x: 799, y: 599 },
        { text: 'X', kind: 'unknown', x: 0, y: 0 },
      ],
      map,
    );
    expect(community).toEqual({ text: '고척1동', kind: 'community', x: 120, y: 138, font: 'bold 14px', color: '#37474f' });
    expect([zone.x, zone.y, zone.font, zone.color]).toEqual([819, 687, '600 13px', '#7f0000']);
    expect([other.x, other.y, other.font]).toEqual([20, 88, '13px']);
  });

  it('leaves out labels anchored outside the map and empty names', () => {
    const kept = exportedMapLabels(
      [
        { text: 'left', kind: 'zone', x: -1, y: 10 },
        { text: 'below', kind: 'zone', x: 10, y: 601 },
        { text: '', kind: 'zone', x: 10, y: 10 },
        { text: 'in', kind: 'zone', x: 10, y: 10 },
      ],
      map,
    );
    expect(kept.map((l) => l.text)).toEqual(['in']);
  });
});
