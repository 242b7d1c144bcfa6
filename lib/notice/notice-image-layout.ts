import type { FeatureCollection, LineString, Point } from 'geojson';
import { labelPoints } from './label-points';
import { spreadMarkers, type SpreadMarker } from './spread-markers';

export type NoticeImageLayout = {
  /** Each movement as pixel points, for an SVG polyline. */
  lines: [number, number][][];
  /** Each stay as a pixel point. */
  stays: [number, number][];
  /** Numbered circles, spread apart, with their anchors. */
  markers: SpreadMarker[];
};

/**
 * Lays a case track out in a `width` × `height` pixel box for the server-drawn preview image: an
 * equirectangular fit (longitude scaled by the cosine of the middle latitude, so shapes are true at city
 * scale) with `padding`, numbers at the visits' label points spread `radius` apart. Does not mutate its input.
 *
 * @example
 * noticeImageLayout(track, { width: 1200, height: 500, padding: 60, radius: 18 }).markers[0].number // → 1
 */
export function noticeImageLayout(
  track: FeatureCollection<Point | LineString>,
  box: { width: number; height: number; padding: number; radius: number },
): NoticeImageLayout {
  const positions = track.features.flatMap((f) => (f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates));
  if (positions.length === 0) return { lines: [], stays: [], markers: [] };
  const lngs = positions.map((p) => p[0]);
  const lats = positions.map((p) => p[1]);
  const [minLng, maxLng, minLat, maxLat] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLng - minLng) * k, 1e-6);
  const spanY = Math.max(maxLat - minLat, 1e-6);
  const scale = Math.min((box.width - 2 * box.padding) / spanX, (box.height - 2 * box.padding) / spanY);
  const offsetX = (box.width - spanX * scale) / 2;
  const offsetY = (box.height - spanY * scale) / 2;
  const project = ([lng, lat]: number[]): [number, number] => [offsetX + (lng - minLng) * k * scale, box.height - offsetY - (lat - minLat) * scale];
  return {
    lines: track.features.filter((f) => f.geometry.type === 'LineString').map((f) => (f.geometry as LineString).coordinates.map(project)),
    stays: track.features.filter((f) => f.geometry.type === 'Point').map((f) => project((f.geometry as Point).coordinates)),
    markers: spreadMarkers(
      labelPoints(track.features).map(({ number, lngLat }) => ({ number, anchor: project(lngLat) })),
      box.radius,
    ),
  };
}
