import { expect, test, type Page } from '@playwright/test';
import postgres from 'postgres';
import type { ChildProcess } from 'node:child_process';
import { insertBenchTracks } from '../lib/bench/bench-tracks-sql';
import { DEMO_PASSWORDS } from './helpers/auth';
import { createPrivatePostgres, startApp, waitFor, type PrivatePostgres } from './helpers/private-postgres';
import { collectPageErrors, renderedFeatures, waitForMapReady } from './helpers/map';

/*
 * The briefing at city scale: 2,000 published case tracks and 500 zones on top of the demo, in a PostgreSQL
 * server of the test's own (the shared embedded e2e database stays small). At district zoom the tracks are a
 * density heatmap, not a purple blob; at street zoom lines, places and names come back.
 */

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const PG_PORT = 5300 + (E2E_PORT % 1000);
const APP_PORT = E2E_PORT + 60;
const base = `http://127.0.0.1:${APP_PORT}`;
const AT = '2020-03-20T00:00:00.000Z';

let server: PrivatePostgres;
let app: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  server = createPrivatePostgres(PG_PORT);
  server.start();
  const admin = postgres(server.url, { max: 1, onnotice: () => {} });
  await admin`create database gridwatch`;
  await admin.end();
  const url = server.url.replace(/\/postgres$/, '/gridwatch');
  // The app migrates and seeds the demo (and its official's account) on start; then the city-scale data.
  app = startApp(APP_PORT, { DATABASE_URL: url, GRIDWATCH_DEMO: 'on', GRIDWATCH_TZ: 'Asia/Seoul' });
  await waitFor(async () => (await fetch(`${base}/api/zones`)).ok, 200_000);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  await insertBenchTracks(sql, { cases: 2_000, zones: 500, pointsPerTrack: 60, at: AT });
  await sql.end();
});

test.afterAll(() => {
  if (app?.pid) process.kill(-app.pid, 'SIGTERM');
  server?.destroy();
});

async function openBriefing(page: Page, size: { width: number; height: number }, locale: 'en' | 'zh-CN') {
  await page.context().addCookies([{ name: 'gridwatch-lang', value: locale, url: base }]);
  const signIn = await page.request.post(`${base}/api/auth/sign-in`, { data: { username: 'official', password: DEMO_PASSWORDS.official }, headers: { origin: base } });
  expect(signIn.status()).toBe(200);
  await page.setViewportSize(size);
  await page.goto(`${base}/briefing?at=${encodeURIComponent(AT)}`);
  await expect(page.locator('[data-source-mode]')).toHaveAttribute('data-source-mode', 'tiles');
  await waitForMapReady(page);
}

const density = (page: Page) =>
  page.evaluate(() => {
    const map = window.gridwatchMap!;
    return {
      zoom: map.getZoom(),
      isHeatShown: map.getLayer('case-density-heat') !== undefined && map.getLayoutProperty('case-density-heat', 'visibility') !== 'none' && map.getZoom() < (map.getLayer('case-density-heat')?.maxzoom ?? 0),
      // Each density point stands for the visits of its grid cell (its count).
      visits: map.querySourceFeatures('case-density', { sourceLayer: 'case-density' }).reduce((sum, f) => sum + Number(f.properties.count ?? 1), 0),
    };
  });

test('at district zoom 2,000 case tracks are a density heatmap; at street zoom lines, places and names', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  await openBriefing(page, { width: 1920, height: 1080 }, 'en');
  const district = await density(page);
  expect(district.zoom).toBeLessThan(13);
  expect(district.isHeatShown).toBe(true);
  expect(district.visits).toBeGreaterThan(2_000);
  expect(await renderedFeatures(page, ['case-tracks-line', 'case-tracks-place'])).toHaveLength(0);
  await page.screenshot({ path: testInfo.outputPath('scale-district-1920.png') });

  await page.evaluate(() => window.gridwatchMap!.jumpTo({ center: [126.857, 37.519], zoom: 15.5 }));
  await waitForMapReady(page);
  expect((await density(page)).isHeatShown).toBe(false);
  expect((await renderedFeatures(page, ['case-tracks-line'])).length).toBeGreaterThan(0);
  await expect.poll(async () => Number(await page.getByTestId('map-labels').getAttribute('data-count'))).toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath('scale-street-1920.png') });
  expect(errors).toEqual([]);
});

test('on a 360 px phone in Chinese the city-scale briefing stays readable, with names at building zoom', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await openBriefing(page, { width: 360, height: 740 }, 'zh-CN');
  await page.screenshot({ path: testInfo.outputPath('scale-district-360-zh.png'), fullPage: true });
  await page.evaluate(() => window.gridwatchMap!.jumpTo({ center: [126.8874, 37.4954], zoom: 16.5 }));
  await waitForMapReady(page);
  await expect.poll(async () => Number(await page.getByTestId('map-labels').getAttribute('data-count'))).toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath('scale-building-360-zh.png') });
});

async function openHome(page: Page, size: { width: number; height: number }, locale: 'en' | 'zh-CN') {
  await page.context().addCookies([{ name: 'gridwatch-lang', value: locale, url: base }]);
  await page.setViewportSize(size);
  await page.goto(`${base}/`);
  await waitForMapReady(page);
}

test('the public map at city scale: density at district zoom, lines and places at street zoom', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  await openHome(page, { width: 1920, height: 1080 }, 'en');
  const district = await density(page);
  expect(district.zoom).toBeLessThan(13);
  expect(district.isHeatShown).toBe(true);
  expect(district.visits).toBeGreaterThan(2_000);
  expect(await renderedFeatures(page, ['case-tracks-line', 'case-tracks-place'])).toHaveLength(0);
  await expect(page.locator('[data-layer-toggle="case-density"]')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('home-district-1920.png') });

  await page.evaluate(() => window.gridwatchMap!.jumpTo({ center: [126.857, 37.519], zoom: 15.5 }));
  await waitForMapReady(page);
  expect((await density(page)).isHeatShown).toBe(false);
  expect((await renderedFeatures(page, ['case-tracks-line'])).length).toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath('home-street-1920.png') });
  expect(errors).toEqual([]);
});

test('the public map at city scale on a 360 px phone in Chinese', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await openHome(page, { width: 360, height: 740 }, 'zh-CN');
  expect((await density(page)).isHeatShown).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('home-district-360-zh.png'), fullPage: true });
});
