import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors, renderedFeatures, waitForMapReady } from './helpers/map';
import { signInAs } from './helpers/auth';

const ZONE_FILLS = ['zones-fill-sealed', 'zones-fill-controlled', 'zones-fill-precaution'];

/** Moves the slider to a local day and waits until the page shows that day's data on an idle map. */
async function showDay(page: Page, day: string) {
  const slider = page.getByTestId('time-slider');
  const max = Number(await slider.getAttribute('max'));
  for (let i = 0; i <= max; i++) {
    await slider.fill(String(i));
    if ((await page.locator('.slider-day').textContent()) === day) break;
  }
  await expect(page.locator('.slider-day')).toHaveText(day);
  await expect(page.locator('[data-briefing-at]')).toHaveAttribute('data-briefing-at', new RegExp(`^${day}T14:59:59`));
  await waitForMapReady(page);
}

// The briefing is for officials (and staff): every test but the access ones signs in as one.
test.beforeEach(async ({ page }, testInfo) => {
  if (!testInfo.title.includes('not signed in')) await signInAs(page, 'official');
});

test('a resident who is not signed in cannot open the briefing or its data', async ({ page, request }) => {
  await page.goto('/briefing');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fbriefing/);
  const data = await request.get('/api/briefing');
  expect(data.status()).toBe(401);
  expect(JSON.stringify(await data.json())).not.toMatch(/reportsAwaiting|features/);
});

const count = async (page: Page, testId: string) => Number(await page.getByTestId(testId).getAttribute('data-count'));

test('moving the slider changes the figures and the features on the map', async ({ page }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/briefing');
  await waitForMapReady(page);
  await page.screenshot({ path: testInfo.outputPath('briefing-1920.png') });

  await showDay(page, '2020-03-05');
  expect(await count(page, 'zone-figure-sealed')).toBe(0);
  expect(await count(page, 'cases-total')).toBe(0);
  expect(await renderedFeatures(page, ZONE_FILLS)).toHaveLength(0);
  expect(await renderedFeatures(page, ['case-tracks-place'])).toHaveLength(0);

  await showDay(page, '2020-03-10');
  expect(await count(page, 'zone-figure-sealed')).toBe(4);
  expect(await count(page, 'cases-total')).toBeGreaterThan(0);
  expect(await count(page, 'cases-24h')).toBeGreaterThan(0);
  const zones = await renderedFeatures(page, ZONE_FILLS);
  expect(new Set(zones.map((z) => z.properties.kind))).toEqual(new Set(['sealed', 'controlled', 'precaution']));
  expect((await renderedFeatures(page, ['case-tracks-place'])).length).toBeGreaterThan(0);
  // Six zones came into force that day: they are listed and outlined as changes.
  await expect(page.getByTestId('changes-list')).toContainText(/Sealed · /);
  expect((await renderedFeatures(page, ['changes-added'])).length).toBeGreaterThan(0);
  await expect(page.getByTestId('places-list').locator('li').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('the places list searches and flies the map to a place', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('/briefing?at=2020-03-10T14:59:59.999Z');
  await waitForMapReady(page);
  const rows = page.getByTestId('places-list').locator('li');
  const all = await rows.count();
  expect(all).toBeGreaterThan(1);
  await page.getByTestId('places-search').fill('C-001');
  await expect.poll(() => rows.count()).toBeLessThan(all);
  await expect(rows.first()).toContainText('C-001');
  await rows.first().locator('button').click();
  await expect.poll(() => page.evaluate(() => window.gridwatchMap!.getZoom())).toBeGreaterThanOrEqual(15);
});

test('the PNG export downloads a non-blank image of the expected size with the legend', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('/briefing?at=2020-03-10T14:59:59.999Z');
  await waitForMapReady(page);
  const mapSize = await page.evaluate(() => {
    const canvas = window.gridwatchMap!.getCanvas();
    return { width: canvas.clientWidth, height: canvas.clientHeight };
  });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const png = Buffer.concat(chunks);
  await testInfo.attach('briefing-export.png', { body: png, contentType: 'image/png' });
  await download.saveAs(testInfo.outputPath('briefing-export.png'));
  const base64 = png.toString('base64');
  const stats = await page.evaluate(async ({ data, mapWidth }) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const variance = (x: number, y: number, w: number, h: number) => {
      const px = ctx.getImageData(x, y, w, h).data;
      let sum = 0;
      let sq = 0;
      let ink = 0;
      for (let i = 0; i < px.length; i += 4) {
        const v = (px[i] + px[i + 1] + px[i + 2]) / 3;
        sum += v;
        sq += v * v;
        if (v < 200) ink++;
      }
      const n = px.length / 4;
      return { variance: sq / n - (sum / n) ** 2, ink };
    };
    return {
      width: bitmap.width,
      height: bitmap.height,
      map: variance(20, 64, mapWidth, bitmap.height - 64 - 48),
      legend: variance(20 + mapWidth + 20, 64, 260, 300),
    };
  }, { data: base64, mapWidth: mapSize.width });
  expect(stats.width).toBe(mapSize.width + 280 + 40);
  expect(stats.height).toBe(mapSize.height + 64 + 48);
  expect(stats.map.variance).toBeGreaterThan(50);
  // The legend column holds swatches and labels: plenty of dark pixels, not a white strip.
  expect(stats.legend.ink).toBeGreaterThan(500);
  expect(stats.legend.variance).toBeGreaterThan(100);
});

test('the URL holds time, view and layers, and reopens the same picture', async ({ page, context }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('/briefing');
  await waitForMapReady(page);
  await showDay(page, '2020-03-09');
  await page.locator('[data-layer-toggle="communities"]').uncheck();
  await page.evaluate(() => window.gridwatchMap!.jumpTo({ center: [126.8874, 37.4954], zoom: 13.5 }));
  await expect.poll(() => page.url()).toMatch(/z=13\.5/);
  const url = page.url();
  expect(url).toContain('at=2020-03-09T14');
  expect(url).toMatch(/c=126\.8874%2C37\.4954/);
  expect(url).toMatch(/layers=[^&]*zones-sealed/);
  expect(url).not.toMatch(/layers=[^&]*communities/);

  const again = await context.newPage();
  await again.setViewportSize({ width: 1600, height: 900 });
  await again.goto(url);
  await waitForMapReady(again);
  await expect(again.locator('.slider-day')).toHaveText('2020-03-09');
  await expect(again.locator('[data-layer-toggle="communities"]')).not.toBeChecked();
  const view = await again.evaluate(() => ({ center: window.gridwatchMap!.getCenter().toArray(), zoom: window.gridwatchMap!.getZoom() }));
  expect(view.zoom).toBeCloseTo(13.5, 1);
  expect(view.center[0]).toBeCloseTo(126.8874, 3);
  expect(view.center[1]).toBeCloseTo(37.4954, 3);
  expect(await renderedFeatures(again, ['communities-outline'])).toHaveLength(0);
});

test('with ?source=tiles the same picture comes from vector tiles', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('/briefing?source=tiles&at=2020-03-10T14:59:59.999Z');
  await expect(page.locator('[data-source-mode]')).toHaveAttribute('data-source-mode', 'tiles');
  await waitForMapReady(page);
  const zones = await renderedFeatures(page, ZONE_FILLS);
  expect(new Set(zones.map((z) => z.properties.kind))).toEqual(new Set(['sealed', 'controlled', 'precaution']));
  expect((await renderedFeatures(page, ['case-tracks-place'])).length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('the print layout is A4 landscape with the map, legend and figures', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('/briefing?at=2020-03-10T14:59:59.999Z');
  await waitForMapReady(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('time-slider')).toBeHidden();
  await expect(page.getByTestId('briefing-legend')).toBeVisible();
  await expect(page.getByTestId('briefing-summary')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('briefing-print.png'), fullPage: true });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('the tile endpoint serves protobuf with an ETag, honours If-None-Match and names bad parameters', async ({ request }) => {
  const url = '/api/tiles/zones/12/3491/1587?at=2020-03-10T14:59:59.999Z';
  const first = await request.get(url);
  expect(first.status()).toBe(200);
  expect(first.headers()['content-type']).toBe('application/x-protobuf');
  expect(first.headers()['cache-control']).toContain('public');
  const etag = first.headers()['etag'];
  expect(etag).toMatch(/^".+"$/);
  expect((await first.body()).byteLength).toBeGreaterThan(0);
  expect((await request.get(url, { headers: { 'If-None-Match': etag } })).status()).toBe(304);
  for (const [path, parameter] of [
    ['/api/tiles/roads/1/0/0', 'layer'],
    ['/api/tiles/zones/99/0/0', 'z'],
    ['/api/tiles/zones/2/9/0', 'x'],
    ['/api/tiles/zones/2/0/x', 'y'],
    ['/api/tiles/zones/2/0/0?at=yesterday', 'at'],
    ['/api/tiles/cases/2/0/0?days=0', 'days'],
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect((await response.json()).parameter).toBe(parameter);
  }
});
