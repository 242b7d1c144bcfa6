import { describe, expect, it } from 'vitest';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { noticeImageLayout } from './notice-image-layout';

const track: FeatureCollection<Point | LineString> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [126.85, 37.55] } },
    { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[126.85, 37.55], [126.86, 37.56]] } },
    { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [126.86, 37.56] } },
    { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [126.86, 37.56] } },
  ],
};
const box = { width: 1200, height: 500, padding: 60, radius: 18 };

describe('noticeImageLayout', () => {
  it('fits the track inside the padded box, north up', () => {
    const layout = noticeImageLayout(track, box);
    const all = [...layout.stays, ...layout.lines.flat()];
    for (const [x, y] of all) {
      expect(x).toBeGreaterThanOrEqual(box.padding - 1e-6);
      expect(x).toBeLessThanOrEqual(box.width - box.padding + 1e-6);
      expect(y).toBeGreaterThanOrEqual(box.padding - 1e-6);
      expect(y).toBeLessThanOrEqual(box.height - box.padding + 1e-6);
    }
    // The second stay is north-east of the first: right and up.
    expect(layout.stays[1][0]).toBeGreaterThan(layout.stays[0][0]);
    expect(layout.stays[1][1]).toBeLessThan(layout.stays[0][1]);
  });

  it('numbers every visit and keeps the numbers of one place apart', () => {
    const { markers } = noticeImageLayout(track, box);
    expect(markers.map((m) => m.number)).toEqual([1, 2, 3, 4]);
    const [three, four] = [markers[2], markers[3]];
    expect(Math.hypot(three.at[0] - four.at[0], three.at[1] - four.at[1])).toBeGreaterThanOrEqual(2 * box.radius);
  });

  it('lays out nothing for an empty track', () => {
    expect(noticeImageLayout({ type: 'FeatureCollection', features: [] }, box)).toEqual({ lines: [], stays: [], markers: [] });
  });
});
