import { groupCaseTracks, type CaseItem } from './group-case-tracks';
import { polygonCentroid } from './line-times';
import { ParseContext, quote, type Where } from './parse-context';
import { geoJsonFeatures } from './parse-geojson';
import { isRecord, readJson } from './read-json';
import type { LngLat } from '../trajectory/types';
import type { ParseCaseTracksOptions, ParsedCaseTracks } from './types';

const CASE_NUMBER = '案號';

/**
 * Reads the g0v Taiwan footprints GeoJSON (May 2021 outbreak): one stay per feature from `begin` to `end` (ISO UTC)
 * at the Point (or a Polygon's centroid, with a warning), grouped into cases `TW-<案號>` (a list such as
 * "1724,1725" stays one published group). Broken features (a date in place of a longitude, a string latitude) are
 * skipped with a warning naming the 0-based feature index; a feature without a case number becomes `TW-feature-<i>`.
 * Tracks are `confirmed` unless `options.classification` says otherwise.
 *
 * @example
 * parseTaiwanG0vGeoJson('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"北辰市場","begin":"2021-05-23T23:26:00.000Z","end":"2021-05-24T02:00:00.000Z","案號":"1234"},"geometry":{"type":"Point","coordinates":[119.57,23.57]}}]}')
 * // → { tracks: [{ caseCode: 'TW-1234', classification: 'confirmed', parts: [{ kind: 'stay', lngLat: [119.57, 23.57], ... }] }], ... }
 */
export function parseTaiwanG0vGeoJson(text: string, options: ParseCaseTracksOptions = {}): ParsedCaseTracks {
  const context = new ParseContext('taiwan-g0v-geojson', options, { isTolerant: true });
  const features = geoJsonFeatures(readJson(text, context), context);
  const items: CaseItem[] = [];
  features.forEach((feature, index) => {
    const where: Where = { record: [{ kind: 'feature', n: index + 1 }] };
    const item = context.record((): CaseItem => {
      if (!isRecord(feature)) return context.failAt(where, 'parse.not-a-feature');
      const props = isRecord(feature.properties) ? feature.properties : {};
      const start = context.instant(props.begin, 'begin', where);
      const end = context.instant(props.end, 'end', where);
      const { lngLat, isArea } = featureLngLat(feature.geometry, where, context);
      const name = [props.name, props.address].find((value): value is string => typeof value === 'string' && value.trim() !== '');
      const stay = context.stay(lngLat, start, end, where, name?.trim());
      if (isArea) context.warnAt(where, 'parse.warning-area-as-stay');
      const caseNumber =
        typeof props[CASE_NUMBER] === 'string' || typeof props[CASE_NUMBER] === 'number'
          ? String(props[CASE_NUMBER]).trim().replace(/\s+/g, ' ')
          : '';
      if (caseNumber === '' || caseNumber === 'undefined') {
        const value = caseNumber === '' ? { 'zh-CN': '为空', en: 'empty' } : { 'zh-CN': '为 "undefined"', en: '"undefined"' };
        context.warnAt(where, 'parse.warning-taiwan-no-case-number', { field: CASE_NUMBER, value, caseCode: `TW-feature-${index}` });
        return { caseCode: `TW-feature-${index}`, stays: [stay] };
      }
      return { caseCode: `TW-${caseNumber}`, stays: [stay] };
    });
    if (item) items.push(item);
  });
  return groupCaseTracks('taiwan-g0v-geojson', items, context, options.classification ?? 'confirmed');
}

function featureLngLat(geometry: unknown, where: Where, context: ParseContext): { lngLat: LngLat; isArea: boolean } {
  if (!isRecord(geometry)) return context.failAt(where, 'parse.no-geometry');
  const coordinates = geometry.coordinates;
  if (geometry.type === 'Point') {
    if (!Array.isArray(coordinates) || coordinates.length < 2)
      return context.failAt(where, 'parse.position-invalid', { value: quote(coordinates) });
    context.spend();
    return { lngLat: context.lngLat(coordinates[0], coordinates[1], where), isArea: false };
  }
  if (geometry.type === 'Polygon' && Array.isArray(coordinates) && coordinates.length > 0) {
    const rings = coordinates.map((ring) => {
      if (!Array.isArray(ring)) return context.failAt(where, 'parse.ring-not-array');
      return ring.map((position) => {
        if (!Array.isArray(position) || position.length < 2)
          return context.failAt(where, 'parse.position-invalid', { value: quote(position) });
        context.spend();
        return context.lngLat(position[0], position[1], where);
      });
    });
    return { lngLat: polygonCentroid({ type: 'Polygon', coordinates: rings }), isArea: true };
  }
  return context.failAt(where, 'parse.geometry-unsupported', { type: quote(geometry.type) });
}
