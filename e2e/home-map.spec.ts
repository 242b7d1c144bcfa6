import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { CASE_DETAIL_MIN_ZOOM, CASE_LINES_MIN_ZOOM } from '../lib/tiles/tile-params';
import { collectPageErrors, renderedFeatures, waitForMapReady } from './helpers/map';

const CASE_LAYERS = ['case-tracks-place', 'case-tracks-line'];
const caseCodesOf = (features: { properties: Record<string, unknown> }[]) => [...new Set(features.map((f) => String(f.properties.caseCode)))].sort();

/** Clicks the screen position of the first rendered case place; returns its case code and where it is. */
async function clickCasePlace(page: Page): Promise<{ code: string; lngLat: [number, number] }> {
  const point = await page.evaluate(() => {
    const map = window.gridwatchMap!;
    const [feature] = map.queryRenderedFeatures({ layers: ['case-tracks-place'] });
    const lngLat = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
    const projected = map.project(lngLat);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + projected.x, y: box.top + projected.y, code: String(feature.properties.caseCode), lngLat };
  });
  await page.mouse.click(point.x, point.y);
  return { code: point.code, lngLat: point.lngLat };
}

test('the home map renders the demo communities, zones of each kind and case tracks', async ({ page }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await waitForMapReady(page);

  const communities = await renderedFeatures(page, ['communities-outline']);
  expect(communities.length).toBeGreaterThan(10);
  const zones = await renderedFeatures(page, ['zones-fill-sealed', 'zones-fill-controlled', 'zones-fill-precaution']);
  expect(new Set(zones.map((z) => z.properties.kind))).toEqual(new Set(['sealed', 'controlled', 'precaution']));
  const places = await renderedFeatures(page, ['case-tracks-place']);
  const movements = await renderedFeatures(page, ['case-tracks-line']);
  expect(new Set(places.map((p) => p.properties.caseCode)).size).toBeGreaterThanOrEqual(10);
  expect(movements.length).toBeGreaterThan(0);

  await expect(page.getByTestId('map-counts')).toContainText(/\d+/);
  await page.screenshot({ path: testInfo.outputPath('home-map.png') });
  expect(errors).toEqual([]);
});

test('a layer toggle hides that layer', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  expect((await renderedFeatures(page, ['case-tracks-place'])).length).toBeGreaterThan(0);
  await page.locator('[data-layer-toggle="case-places"]').uncheck();
  await expect.poll(async () => (await renderedFeatures(page, ['case-tracks-place'])).length).toBe(0);
});

test('a case place popup shows the case, place and time as text', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await waitForMapReady(page);
  await clickCasePlace(page);
  const popup = page.locator('.gw-popup');
  await expect(popup).toBeVisible();
  await expect(popup.locator('h3')).toContainText(/C-\d+/);
  await expect(popup).toContainText(/\d{2}:\d{2}/);
  expect(await popup.locator('script, img').count()).toBe(0);
});

test('on a 360 px phone a case popup near the edge is a bottom sheet within the screen, with a close button that closes it', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await waitForMapReady(page);
  await page.getByTestId('map').scrollIntoViewIfNeeded();
  // A case place moved to 30 px from the left edge: a popup anchored there would run off the screen.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.gridwatchMap!;
        const [feature] = map.queryRenderedFeatures({ layers: ['case-tracks-place'] });
        const at = map.project((feature.geometry as GeoJSON.Point).coordinates as [number, number]);
        map.once('idle', () => resolve());
        map.jumpTo({ center: map.unproject([at.x - 30 + map.getCanvas().clientWidth / 2, map.getCanvas().clientHeight / 2]) });
      }),
  );
  const point = await page.evaluate(() => {
    const map = window.gridwatchMap!;
    const box = map.getCanvas().getBoundingClientRect();
    const places = map
      .queryRenderedFeatures({ layers: ['case-tracks-place'] })
      .map((feature) => map.project((feature.geometry as GeoJSON.Point).coordinates as [number, number]))
      .map((p) => ({ x: box.left + p.x, y: box.top + p.y }))
      .filter((p) => p.x >= 6 && p.y >= 6 && p.y <= window.innerHeight - 6);
    return places.sort((a, b) => a.x - b.x)[0];
  });
  expect(point, 'no case place on screen').toBeDefined();
  expect(point.x).toBeLessThan(60);
  await page.mouse.click(point.x, point.y);
  const popup = page.locator('.maplibregl-popup');
  await expect(popup.locator('.gw-popup h3')).toContainText(/C-\d+/);
  const viewport = page.viewportSize()!;
  const within = async (box: { x: number; y: number; width: number; height: number } | null) => {
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  };
  await within(await popup.boundingBox());
  const close = popup.locator('.maplibregl-popup-close-button');
  await expect(close).toBeVisible();
  await within(await close.boundingBox());
  expect((await close.boundingBox())!.width).toBeGreaterThanOrEqual(40);
  await page.screenshot({ path: testInfo.outputPath('case-popup-360.png') });
  await close.click();
  await expect(popup).toHaveCount(0);
});

test.describe('for a browser that asks for Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the interface is Chinese first, and the switch changes it to English and back', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('网格守望');
    await page.getByTestId('language-switch').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gridwatch');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByText('Sealed zone')).toBeVisible();
    await page.getByTestId('language-switch').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('网格守望');
  });
});

test('the read endpoints answer bad parameters with a 400 naming the parameter', async ({ request }) => {
  // Messages follow the reader's language (Chinese without an Accept-Language); the code is the same in both.
  const english = { headers: { 'accept-language': 'en' } };
  const bad = await request.get('/api/zones?bbox=1,2,3', english);
  expect(bad.status()).toBe(400);
  const badBbox = await bad.json();
  expect(badBbox.code).toBe('query.bbox-shape');
  expect(badBbox.error).toMatch(/"bbox"/);
  const badAt = await request.get('/api/cases?at=tomorrow', english);
  expect(badAt.status()).toBe(400);
  const badAtBody = await badAt.json();
  expect(badAtBody.code).toMatch(/^query\./);
  expect(badAtBody.error).toMatch(/"at"/);
  const chinese = await (await request.get('/api/zones?bbox=1,2,3')).json();
  expect(chinese.code).toBe('query.bbox-shape');
  expect(chinese.error).toMatch(/参数 bbox/);
  const good = await request.get('/api/cases');
  expect(good.headers()['content-type']).toContain('application/geo+json');
  const body = await good.json();
  expect(body.type).toBe('FeatureCollection');
  expect(body.features[0].properties).toEqual(
    expect.objectContaining({ caseCode: expect.any(String), start: expect.any(String), end: expect.any(String) }),
  );
});

/** Moves the map and waits until it is idle with its data again. */
async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(
    ([at, z]) =>
      new Promise<void>((resolve) => {
        const map = window.gridwatchMap!;
        map.once('idle', () => resolve());
        map.jumpTo({ center: at, zoom: z });
      }),
    [center, zoom] as const,
  );
  await waitForMapReady(page);
}

/** Where the first case place the map draws is. */
const firstCasePlace = (page: Page) =>
  page.evaluate(() => (window.gridwatchMap!.queryRenderedFeatures({ layers: ['case-tracks-place'] })[0].geometry as GeoJSON.Point).coordinates as [number, number]);

test('with ?source=tiles the home map is case density below street zoom, and at street zoom the same cases as the GeoJSON map', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await waitForMapReady(page);
  const geojsonCounts = await page.getByTestId('map-counts').textContent();
  const place = await firstCasePlace(page);
  await jumpTo(page, place, CASE_LINES_MIN_ZOOM);
  const geojsonCases = caseCodesOf(await renderedFeatures(page, CASE_LAYERS));
  expect(geojsonCases.length).toBeGreaterThan(0);
  await page.goto('/?source=tiles');
  await waitForMapReady(page);
  await expect(page.getByTestId('map-counts')).toHaveText(geojsonCounts ?? '');
  // The demo's whole-city view is below street zoom: case tracks are a density layer there, not lines.
  expect(await page.evaluate(() => window.gridwatchMap!.getZoom())).toBeLessThan(CASE_LINES_MIN_ZOOM);
  const sources = await page.evaluate(() => ['zones', 'case-density', 'case-tracks', 'communities'].map((id) => window.gridwatchMap!.getSource(id)?.type));
  expect(sources).toEqual(['vector', 'vector', 'vector', 'vector']);
  expect(await renderedFeatures(page, CASE_LAYERS)).toHaveLength(0);
  const zones = await renderedFeatures(page, ['zones-fill-sealed', 'zones-fill-controlled', 'zones-fill-precaution']);
  expect(new Set(zones.map((z) => z.properties.kind))).toEqual(new Set(['sealed', 'controlled', 'precaution']));
  expect((await renderedFeatures(page, ['communities-outline'])).length).toBeGreaterThan(10);
  // At street zoom, still below the detail zoom, the light tiles draw the cases the GeoJSON map draws, each
  // visit carrying only its case.
  expect(CASE_LINES_MIN_ZOOM).toBeLessThan(CASE_DETAIL_MIN_ZOOM);
  await jumpTo(page, place, CASE_LINES_MIN_ZOOM);
  const tileCases = await renderedFeatures(page, CASE_LAYERS);
  expect(caseCodesOf(tileCases)).toEqual(geojsonCases);
  expect(new Set(tileCases.flatMap((f) => Object.keys(f.properties)))).toEqual(new Set(['caseCode', 'classification']));
});

test('from vector tiles a case place popup says to zoom in below the detail zoom, and shows place and time at it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await waitForMapReady(page);
  const place = await firstCasePlace(page);
  await page.goto('/?source=tiles');
  await waitForMapReady(page);
  await jumpTo(page, place, CASE_LINES_MIN_ZOOM);
  const { code, lngLat } = await clickCasePlace(page);
  const popup = page.locator('.gw-popup');
  await expect(popup.locator('h3')).toHaveText(`Case ${code}`);
  await expect(popup).toContainText('Zoom in for places and times');
  await page.locator('.maplibregl-popup-close-button').click();
  await expect(popup).toHaveCount(0);
  await jumpTo(page, lngLat, CASE_DETAIL_MIN_ZOOM + 1);
  const detailed = await renderedFeatures(page, ['case-tracks-place']);
  expect(detailed.length).toBeGreaterThan(0);
  for (const f of detailed) expect(f.properties).toEqual(expect.objectContaining({ caseCode: expect.any(String), start: expect.any(String), end: expect.any(String) }));
  await clickCasePlace(page);
  await expect(popup).toContainText(/\d{2}:\d{2}/);
  await expect(popup).not.toContainText('Zoom in for places and times');
});
