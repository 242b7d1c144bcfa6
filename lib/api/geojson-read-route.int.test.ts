/**
 * A GeoJSON read endpoint with a feature cap refuses an answer that would exceed it (413 naming the cap)
 * instead of building it, and serves it whole at the cap. Runs the real query on both databases.
 */
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { listPublishedCaseVisits, saveCaseTracks } from '@/lib/db/queries/cases';
import { databaseKind, resetTables, testDb } from '@/lib/testing/test-support';
import { geoJsonReadRoute } from './geojson-read-route';

const HOUR = 3_600_000;
const T0 = Date.parse('2022-04-01T01:00:00Z');

/** A published case with `n` stays in a row along a street. */
const caseWithStays = (caseCode: string, n: number, lng: number) => ({
  caseCode,
  reportedAt: new Date(T0 + 24 * HOUR),
  parts: Array.from({ length: n }, (_, i) => ({ kind: 'stay' as const, lngLat: [lng + i * 0.001, 31.2] as [number, number], start: T0 + i * HOUR, end: T0 + i * HOUR + HOUR / 2, place: `Place ${i + 1}` })),
});

let db: Db;

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  await saveCaseTracks(db, [caseWithStays('CAP-1', 4, 121.4), caseWithStays('CAP-2', 3, 121.5)], { label: 'test' }, { publish: true });
}, 120_000);

const get = (route: ReturnType<typeof geoJsonReadRoute>, query = '', language = 'en') => route(new NextRequest(`http://localhost/api/cases${query}`, { headers: { 'accept-language': language } }));

describe(`GeoJSON read endpoints with a feature cap (${databaseKind})`, () => {
  it('serves every feature when they fit under the cap', async () => {
    const response = await get(geoJsonReadRoute(listPublishedCaseVisits, { maxFeatures: 7, noun: { 'zh-CN': '病例到访记录', en: 'case visits' } }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { features: { properties: { caseCode: string } }[] };
    expect(body.features.map((f) => f.properties.caseCode)).toEqual(['CAP-1', 'CAP-1', 'CAP-1', 'CAP-1', 'CAP-2', 'CAP-2', 'CAP-2']);
  });

  it('refuses with 413 naming the cap when more features match, and a smaller box fits again', async () => {
    const route = geoJsonReadRoute(listPublishedCaseVisits, { maxFeatures: 5, noun: { 'zh-CN': '病例到访记录', en: 'case visits' } });
    const refused = await get(route);
    expect(refused.status).toBe(413);
    const body = (await refused.json()) as { error: string; maxFeatures: number };
    expect(body.maxFeatures).toBe(5);
    expect(body.error).toMatch(/More than 5 case visits match: .*bbox=/);
    expect(await (await get(route, '', 'zh-CN')).json()).toMatchObject({ code: 'query.too-many-features', error: expect.stringMatching(/^符合条件的病例到访记录超过 5 个/) });
    const inBox = await get(route, '?bbox=121.45,31.1,121.6,31.3');
    expect(inBox.status).toBe(200);
    expect(((await inBox.json()) as { features: unknown[] }).features).toHaveLength(3);
  });
});
