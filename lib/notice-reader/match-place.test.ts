import { describe, expect, it } from 'vitest';
import { buildGazetteer, isRegionPhrase, matchPlace, shortPlaceName, type GazetteerEntry } from './match-place';
import { readGazetteer, regionOf } from './read-gazetteer';

const entry = (name: string, lngLat: [number, number], region?: string): GazetteerEntry => ({ name, lngLat, source: 'test', ...(region ? { region } : {}) });

const gazetteer = buildGazetteer([
  entry('景田花园', [114.03, 22.55], '深圳市'),
  entry('新和村', [111.6, 23.4], '肇庆市'),
  entry('新和村', [113.1, 30.2], '仙桃市'),
  entry('万科·双月湾', [114.9, 22.6]),
  entry('香港花园', [112.2, 30.3]),
  entry('烟台市福山区人民医院', [121.2, 37.5]),
  entry('唐八叔清补羊火锅店', [112.9, 28.2], '长沙市'),
]);

describe('shortPlaceName', () => {
  it('drops administrative prefixes and generic suffixes, but keeps a generic facility whole', () => {
    expect(shortPlaceName('深圳市福田区景田花园小区')).toBe('景田花园');
    expect(shortPlaceName('景田花园')).toBe('景田');
    expect(shortPlaceName('烟台市福山区人民医院')).toBe('烟台市福山区人民医院');
  });
});

describe('isRegionPhrase', () => {
  it('tells cities and districts from places one can pin', () => {
    expect(['深圳', '武汉市江岸区', '香港', '湖北省黄冈市'].map(isRegionPhrase)).toEqual([true, true, true, true]);
    expect(['汕头站', '成田镇深沟村', '景田花园小区', '广州市第八人民医院'].map(isRegionPhrase)).toEqual([false, false, false, false]);
  });
});

describe('matchPlace', () => {
  it('matches the usual variants of a compound name', () => {
    const match = matchPlace('景田花园小区', gazetteer, { region: '深圳市' });
    expect(match.status).toBe('matched');
    expect(match.candidates[0].entry.name).toBe('景田花园');
  });
  it('prefers the notice’s own city when a name repeats, and says ambiguous without it', () => {
    const local = matchPlace('封开县杏花镇新和村', gazetteer, { region: '肇庆市' });
    expect(local.status).toBe('matched');
    expect(local.candidates[0].entry.region).toBe('肇庆市');
    expect(matchPlace('新和村', gazetteer).status).toBe('ambiguous');
  });
  it('never matches a city to a compound that carries its name', () => {
    expect(matchPlace('香港', gazetteer)).toEqual({ phrase: '香港', status: 'region', candidates: [] });
  });
  it('never matches one hospital to another by the generic words they share', () => {
    expect(matchPlace('广州市第八人民医院', gazetteer).status).toBe('unmatched');
  });
  it('does not call a same-name place in another city matched', () => {
    expect(matchPlace('封开县唐八叔清补羊火锅店', gazetteer, { region: '肇庆市' }).status).toBe('ambiguous');
  });
  it('says unmatched when nothing is close', () => {
    expect(matchPlace('汕头站', gazetteer)).toEqual({ phrase: '汕头站', status: 'unmatched', candidates: [] });
  });
});

describe('readGazetteer', () => {
  it('reads the 2020 POI layout (lat before lon, GCJ-02), converts to WGS84 and skips unusable rows with their line', () => {
    const text = 'poi_name,lat,lon,tag,source\n景田花园,22.55,114.03,住宅区,深圳市卫生健康委员会\n,22.5,114.0,,\n坏坐标,abc,114.0,,\n';
    const { entries, warnings } = readGazetteer(text, { format: 'csv', datum: 'gcj02', source: 'pois-2020' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ name: '景田花园', region: '深圳市', source: 'pois-2020' });
    // GCJ-02 sits 100–700 m away from WGS84 in mainland China.
    const [lng, lat] = entries[0].lngLat;
    const metres = Math.hypot((lng - 114.03) * Math.cos((22.55 * Math.PI) / 180), lat - 22.55) * 111_195;
    expect(metres).toBeGreaterThan(100);
    expect(metres).toBeLessThan(700);
    expect(warnings).toEqual([
      { record: 3, reason: 'no-name' },
      { record: 4, reason: 'bad-coordinates' },
    ]);
  });
  it('reads GeoJSON points with a name', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [114, 22] }, properties: { name: '某地' } }] });
    expect(readGazetteer(text, { format: 'geojson', datum: 'wgs84', source: 'x' }).entries).toEqual([{ name: '某地', lngLat: [114, 22], source: 'x' }]);
  });
  it('takes the city a publisher names first', () => {
    expect([regionOf('深圳市卫生健康委员会'), regionOf('重庆发布微信公众号')]).toEqual(['深圳市', undefined]);
  });
});
