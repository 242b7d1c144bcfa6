import type { Feature } from 'geojson';
import type { SheetCell } from '@/lib/import/spreadsheet/write-sheet';

const MAX_CELL_CHARS = 32_000;
const TOO_LONG = '（边界过长，请导出 GeoJSON / boundary too long: export GeoJSON）';

/**
 * Features as spreadsheet rows: `id`, every property (objects and arrays as JSON), and the geometry as GeoJSON
 * text in the last column, so a zone or community sheet keeps its boundary.
 *
 * @example
 * featuresToSheetRows([{ type: 'Feature', id: 3, properties: { name: 'A' }, geometry: { type: 'Point', coordinates: [1, 2] } }])
 * // → [['id', 'name', 'geometry'], [3, 'A', '{"type":"Point","coordinates":[1,2]}']]
 */
export function featuresToSheetRows(features: readonly Feature[]): SheetCell[][] {
  // Excel holds at most 32,767 characters in a cell; a longer boundary would be cut, so it is left to GeoJSON.
  const geometryCell = (feature: Feature) => {
    const text = JSON.stringify(feature.geometry);
    return text.length <= MAX_CELL_CHARS ? text : TOO_LONG;
  };
  const keys = [...new Set(features.flatMap((feature) => Object.keys(feature.properties ?? {})))];
  const cell = (value: unknown): SheetCell => {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number' || typeof value === 'string') return value;
    return typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  };
  return [
    ['id', ...keys, 'geometry'],
    ...features.map((feature) => [cell(feature.id), ...keys.map((key) => cell(feature.properties?.[key])), geometryCell(feature)]),
  ];
}
