/**
 * Point-in-polygon lookups against the Seoul gu and dong layers, and readable place labels for DS4C's
 * place types. DS4C gives only a type per row (no name), so a label is "<type> · <dong>".
 */
import * as turf from '@turf/turf';
import type { Feature, GeoJsonProperties } from 'geojson';
import type { Areal, DongProperties, GuProperties, Sources } from './demo-sources';
import type { LngLat } from './demo-util';

export type Locator = {
  /** The gu (English name, as DS4C spells it) containing the point, or null outside Seoul. */
  guAt: (lngLat: LngLat) => Feature<Areal, GuProperties> | null;
  /**
   * The dong containing the point; points in the slivers between the simplified dong polygons get the
   * nearest dong. Null only outside Seoul.
   */
  dongAt: (lngLat: LngLat) => Feature<Areal, DongProperties> | null;
};

type Indexed<P extends GeoJsonProperties> = { feature: Feature<Areal, P>; bbox: [number, number, number, number] };

function index<P extends GeoJsonProperties>(features: Feature<Areal, P>[]): Indexed<P>[] {
  return features.map((feature) => ({ feature, bbox: turf.bbox(feature) as [number, number, number, number] }));
}

function inBbox([lng, lat]: LngLat, [w, s, e, n]: [number, number, number, number]): boolean {
  return lng >= w && lng <= e && lat >= s && lat <= n;
}

export function createLocator(sources: Pick<Sources, 'gu' | 'dong'>): Locator {
  const gus = index(sources.gu.features);
  const dongs = index(sources.dong.features);
  const guAt = (lngLat: LngLat) =>
    gus.find((g) => inBbox(lngLat, g.bbox) && turf.booleanPointInPolygon(lngLat, g.feature))?.feature ?? null;
  const dongAt = (lngLat: LngLat) => {
    const hit = dongs.find((d) => inBbox(lngLat, d.bbox) && turf.booleanPointInPolygon(lngLat, d.feature));
    if (hit) return hit.feature;
    if (!guAt(lngLat)) return null;
    let best: Feature<Areal, DongProperties> | null = null;
    let bestKm = Infinity;
    for (const d of dongs) {
      const km = turf.pointToPolygonDistance(lngLat, d.feature, { units: 'kilometers' });
      if (km < bestKm) [best, bestKm] = [d.feature, km];
    }
    return best;
  };
  return { guAt, dongAt };
}

/**
 * EMD_ENG_NM without the reading hint in parentheses: "Dangsan-dong 6(yuk)-ga" → "Dangsan-dong 6-ga".
 */
export function cleanDongName(emdEngName: string): string {
  return emdEngName.replace(/\([A-Za-z]+\)/g, '').trim();
}

const PLACE_TYPES: Record<string, { en: string; zh: string }> = {
  academy: { en: 'Academy', zh: '培训机构' },
  administrative_area_level_1: { en: 'Public office', zh: '政府机关' },
  airport: { en: 'Airport', zh: '机场' },
  bakery: { en: 'Bakery', zh: '面包店' },
  bank: { en: 'Bank', zh: '银行' },
  bar: { en: 'Bar', zh: '酒吧' },
  beauty_salon: { en: 'Beauty salon', zh: '美容院' },
  cafe: { en: 'Café', zh: '咖啡馆' },
  church: { en: 'Church', zh: '教会' },
  etc: { en: 'Other place', zh: '其他场所' },
  gas_station: { en: 'Petrol station', zh: '加油站' },
  gym: { en: 'Gym', zh: '健身房' },
  hospital: { en: 'Hospital', zh: '医院' },
  karaoke: { en: 'Karaoke', zh: 'KTV' },
  lodging: { en: 'Lodging', zh: '住宿' },
  park: { en: 'Park', zh: '公园' },
  pc_cafe: { en: 'PC café', zh: '网吧' },
  pharmacy: { en: 'Pharmacy', zh: '药店' },
  post_office: { en: 'Post office', zh: '邮局' },
  public_transportation: { en: 'Public transport', zh: '公共交通' },
  real_estate_agency: { en: 'Estate agency', zh: '房产中介' },
  restaurant: { en: 'Restaurant', zh: '餐厅' },
  school: { en: 'School', zh: '学校' },
  store: { en: 'Store', zh: '商店' },
  university: { en: 'University', zh: '大学' },
};

/** "Hospital · Guro-dong" and "医院 · Guro-dong" for a DS4C type and a dong's English name. */
export function placeLabels(type: string, dongEn: string): { place: string; placeZh: string } {
  const labels = PLACE_TYPES[type] ?? { en: type.replace(/_/g, ' '), zh: '场所' };
  return { place: `${labels.en} · ${dongEn}`, placeZh: `${labels.zh} · ${dongEn}` };
}
