import { area, pointOnFeature } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** What the map names: communities, grid cells and zones. */
export type LabelKind = 'community' | 'grid-cell' | 'zone';

/** From which zoom each kind is named: communities at district-to-street zoom, grid cells and zones closer in. */
export const LABEL_MIN_ZOOM: Record<LabelKind, number> = { community: 12.5, zone: 14, 'grid-cell': 15 };

/** Which kinds are named first when labels compete for room. */
const KIND_RANK: Record<LabelKind, number> = { zone: 0, community: 1, 'grid-cell': 2 };

export type LabelCandidate = { key: string; text: string; kind: LabelKind; x: number; y: number; /** Larger areas win ties. */ size: number };
export type PlacedLabel = LabelCandidate & { width: number; height: number };

export type PlaceLabelsOptions = { fontSize?: number; padding?: number; maxLabels?: number };

/** CJK and other wide characters take about a font size each, Latin letters about 0.6 of it. */
function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * 0.6;
  return width;
}

/**
 * The labels that fit on screen without overlapping: zones first, then communities, then grid cells, larger
 * areas first within a kind; each label is a box centred on its anchor, kept inside the viewport, and
 * dropped if it would touch one already placed. Does not mutate its input.
 *
 * @example
 * placeLabels([{ key: 'a', text: 'Guro 1', kind: 'community', x: 100, y: 100, size: 5 }, { key: 'b', text: 'Guro 2', kind: 'community', x: 110, y: 102, size: 1 }], { width: 400, height: 300 }).map((l) => l.key) // → ['a']
 */
export function placeLabels(candidates: LabelCandidate[], viewport: { width: number; height: number }, options: PlaceLabelsOptions = {}): PlacedLabel[] {
  const { fontSize = 13, padding = 4, maxLabels = 80 } = options;
  const order = [...candidates].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.size - a.size || a.key.localeCompare(b.key));
  const placed: PlacedLabel[] = [];
  for (const c of order) {
    if (placed.length >= maxLabels) break;
    const width = textWidth(c.text, fontSize) + padding * 2;
    const height = fontSize * 1.3 + padding;
    const [left, top] = [c.x - width / 2, c.y - height / 2];
    if (left < 0 || top < 0 || left + width > viewport.width || top + height > viewport.height) continue;
    const clashes = placed.some((p) => left < p.x + p.width / 2 && left + width > p.x - p.width / 2 && top < p.y + p.height / 2 && top + height > p.y - p.height / 2);
    if (!clashes) placed.push({ ...c, width, height });
  }
  return placed;
}

/**
 * Where to write an area's name: a point inside its largest part (a centroid can fall outside a C shape),
 * with that part's area in m² for ranking.
 *
 * @example
 * labelAnchor({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] }).lngLat // → [0.5, 0.5]
 */
export function labelAnchor(geometry: Polygon | MultiPolygon): { lngLat: [number, number]; area: number } {
  const parts: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: Polygon = { type: 'Polygon', coordinates: parts[0] };
  let bestArea = -1;
  for (const coordinates of parts) {
    const part: Polygon = { type: 'Polygon', coordinates };
    const partArea = area(part);
    if (partArea > bestArea) [best, bestArea] = [part, partArea];
  }
  const [lng, lat] = pointOnFeature(best).geometry.coordinates;
  return { lngLat: [lng, lat], area: Math.max(0, bestArea) };
}
