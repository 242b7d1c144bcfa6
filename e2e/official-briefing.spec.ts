import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors, renderedFeatures, waitForMapReady } from './helpers/map';
import { signInAs } from './helpers/auth';
import { clearServerClock, setServerClock } from './helpers/clock';

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
  // Two slider walks, each a read per step: on a loaded 2-core machine this takes longer than the default.
  test.setTimeout(120_000);
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
  expect(await count(page, 'new-cases')).toBeGreaterThan(0);
  const zones = await renderedFeatures(page, ZONE_FILLS);
  expect(new Set(zones.map((z) => z.properties.kind))).toEqual(new Set(['sealed', 'controlled', 'precaution']));
  expect((await renderedFeatures(page, ['case-tracks-place'])).length).toBeGreaterThan(0);
  // Six zones came into force that day: they are listed and outlined as changes.
  await expect(page.getByTestId('changes-list')).toContainText(/Sealed · /);
  expect((await renderedFeatures(page, ['changes-declared'])).length).toBeGreaterThan(0);
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

test('the PNG export stands alone: title, moment, window, figures and legend, named by the local date', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('/briefing?at=2020-03-10T14:59:59.999Z');
  await waitForMapReady(page);
  const mapSize = await page.evaluate(() => {
    const canvas = window.gridwatchMap!.getCanvas();
    return { width: canvas.clientWidth, height: canvas.clientHeight };
  });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  // 14:59:59 UTC on 10 March is 23:59 in Seoul, the district's zone.
  expect(download.suggestedFilename()).toBe('gridwatch-briefing-2020-03-10-2359.png');
  const drawn = JSON.parse((await page.getByTestId('export-png').getAttribute('data-drawn')) ?? '[]') as { text: string; x: number; y: number }[];
  const newCases = await count(page, 'new-cases');
  const sealed = Number(await page.getByTestId('zone-figure-sealed').getAttribute('data-estimate'));
  const texts = drawn.map((d) => d.text);
  expect(texts).toContain(`${newCases} new cases in the window`);
  expect(texts.some((t) => t.startsWith('Window: '))).toBe(true);
  expect(texts).toContain('Sealed zone: 4 · 0.18 km²');
  expect(texts).toContain(`  about ${sealed.toLocaleString('en')} people (estimate)`);
  const figureLine = drawn.find((d) => d.text === `${newCases} new cases in the window`)!;
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const png = Buffer.concat(chunks);
  await testInfo.attach('briefing-export.png', { body: png, contentType: 'image/png' });
  await download.saveAs(testInfo.outputPath('briefing-export.png'));
  const base64 = png.toString('base64');
  const stats = await page.evaluate(async ({ data, mapWidth, figure }) => {
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
      map: variance(20, 88, mapWidth, 300),
      legend: variance(20 + mapWidth + 20, 88, 340, 300),
      // The band where the new-cases line was written: ink of its glyphs, not white.
      figure: variance(figure.x, figure.y - 14, 200, 18),
    };
  }, { data: base64, mapWidth: mapSize.width, figure: figureLine });
  expect(stats.width).toBe(mapSize.width + 380 + 40);
  expect(stats.height).toBeGreaterThanOrEqual(mapSize.height + 88 + 48);
  expect(stats.figure.ink).toBeGreaterThan(100);
  expect(stats.map.variance).toBeGreaterThan(50);
  // The legend column holds swatches and labels: plenty of dark pixels, not a white strip.
  expect(stats.legend.ink).toBeGreaterThan(500);
  expect(stats.legend.variance).toBeGreaterThan(100);
});

test('the PNG export carries the names the map shows over its canvas', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('/briefing?at=2020-03-10T14:59:59.999Z');
  await waitForMapReady(page);
  // Community names show from zoom 12.5: they are HTML over the map, not in its WebGL canvas.
  await page.evaluate(() => window.gridwatchMap!.jumpTo({ center: window.gridwatchMap!.getCenter(), zoom: 13.5 }));
  await waitForMapReady(page);
  await expect.poll(async () => Number(await page.getByTestId('map-labels').getAttribute('data-count'))).toBeGreaterThan(2);
  const shown = await page.locator('[data-testid="map-labels"] .map-label').allTextContents();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  const drawn = JSON.parse((await page.getByTestId('export-png').getAttribute('data-drawn')) ?? '[]') as { text: string; x: number; y: number; kind?: string }[];
  const names = drawn.filter((d) => d.kind);
  expect(names.map((d) => d.text).sort()).toEqual([...shown].sort());
  expect(names.some((d) => d.kind === 'community')).toBe(true);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  // Dark glyph pixels around each name on the exported picture, and (the control) on the map's own canvas at
  // the same place, which has none of them. The map sits at (20, 88) in the picture.
  const ink = await page.evaluate(
    async ({ png, labels }) => {
      const dark = async (blob: Blob, points: { x: number; y: number }[]) => {
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return points.map(({ x, y }) => {
          const px = ctx.getImageData(Math.round(x) - 20, Math.round(y) - 7, 40, 14).data;
          let n = 0;
          for (let i = 0; i < px.length; i += 4) if ((px[i] + px[i + 1] + px[i + 2]) / 3 < 110) n++;
          return n;
        });
      };
      const map = window.gridwatchMap!;
      map.redraw();
      const mapBlob = await new Promise<Blob>((resolve) => map.getCanvas().toBlob((b) => resolve(b!), 'image/png'));
      const exported = new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], { type: 'image/png' });
      return {
        exported: await dark(exported, labels),
        mapOnly: await dark(mapBlob, labels.map((l) => ({ x: (l.x - 20) * devicePixelRatio, y: (l.y - 88) * devicePixelRatio }))),
      };
    },
    { png: Buffer.concat(chunks).toString('base64'), labels: names.slice(0, 6) },
  );
  expect(ink.exported).toHaveLength(Math.min(6, names.length));
  ink.exported.forEach((n, i) => expect(n, names[i].text).toBeGreaterThan(ink.mapOnly[i] + 15));
});

test('the URL holds time, view and layers, and reopens the same picture', async ({ page, context }) => {
  // Two pages and a slider walk: on a loaded 2-core machine this takes longer than the default.
  test.setTimeout(120_000);
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
  // From tiles (the city-scale path) cases are density below street zoom, places from CASE_LINES_MIN_ZOOM on.
  expect(await page.evaluate(() => window.gridwatchMap!.querySourceFeatures('case-density', { sourceLayer: 'case-density' }).length)).toBeGreaterThan(0);
  await page.evaluate(() => window.gridwatchMap!.jumpTo({ center: [126.8874, 37.4954], zoom: 14.5 }));
  await waitForMapReady(page);
  expect((await renderedFeatures(page, ['case-tracks-place'])).length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('the print layout is A4 landscape with the map, legend and figures', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('/briefing?at=2020-03-10T14:59:59.999Z');
  await waitForMapReady(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('time-slider')).toBeHidden();
  // The map takes the paper's box (a frame after the print styles apply), then shows the whole area again.
  await expect
    .poll(() => page.evaluate(() => window.gridwatchMap!.getCanvas().clientWidth - (document.querySelector('.briefing-map') as HTMLElement).getBoundingClientRect().width))
    .toBeLessThanOrEqual(0);
  await waitForMapReady(page);
  await expect(page.getByTestId('briefing-legend')).toBeVisible();
  await expect(page.getByTestId('briefing-summary')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('briefing-print.png'), fullPage: true });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await testInfo.attach('briefing.pdf', { body: pdf, contentType: 'application/pdf' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  // One A4 landscape page: one page object, 842 × 595 pt.
  const text = pdf.toString('latin1');
  expect(text.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  expect(text).toMatch(/\/MediaBox\s*\[\s*0 0 841\.\d+ 59[45]\.\d+\s*\]/);
});

test('at 07:30 the briefing reports the cases reported at 20:00 the evening before', async ({ page, request }, testInfo) => {
  setServerClock('2020-03-11T07:30:00+09:00');
  try {
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto('/briefing');
    await waitForMapReady(page);
    await expect(page.locator('[data-briefing-at]')).toHaveAttribute('data-briefing-at', '2020-03-10T22:30:00.000Z');
    await expect(page.locator('.slider-day')).toHaveText('2020-03-11');
    // Ten demo cases were reported at 20:00 on 10 March (C-006 … C-015).
    expect(await count(page, 'new-cases')).toBe(10);
    await expect(page.getByTestId('changes-list')).toContainText('C-006');
    const sealed = Number(await page.getByTestId('zone-figure-sealed').getAttribute('data-estimate'));
    expect(sealed).toBeGreaterThanOrEqual(100);
    expect(sealed).toBeLessThan(10_000);
    await expect(page.getByTestId('zone-estimate-sealed')).toHaveAttribute('title', /Estimate/);
    await page.screenshot({ path: testInfo.outputPath('briefing-0730.png') });

    const api = await page.request.get('/api/briefing?since=2020-03-10T21:00:00%2B09:00');
    const body = (await api.json()) as { briefing: { figures: { newCases: { count: number; since: string; byCommunity: unknown[] } } } };
    expect(body.briefing.figures.newCases).toMatchObject({ count: 0, since: '2020-03-10T12:00:00.000Z' });
    const bad = await page.request.get('/api/briefing?since=2020-03-10T21:00', { headers: { 'Accept-Language': 'zh-CN' } });
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'briefing.instant-invalid', params: { parameter: 'since' } });
    const reversed = await page.request.get('/api/briefing?at=2020-03-10T00:00:00Z&since=2020-03-11T00:00:00Z');
    expect((await reversed.json()).code).toBe('briefing.since-not-before-at');
    expect((await request.get('/api/briefing')).status()).toBe(401);
  } finally {
    clearServerClock();
  }
});

test('"since the last briefing I opened" is remembered per browser', async ({ page }) => {
  setServerClock('2020-03-10T08:00:00+09:00');
  try {
    await page.goto('/briefing');
    await waitForMapReady(page);
    setServerClock('2020-03-11T07:30:00+09:00');
    await page.goto('/briefing');
    await waitForMapReady(page);
    await page.getByTestId('since-choice').selectOption('last-opened');
    await expect(page.locator('[data-briefing-since]')).toHaveAttribute('data-briefing-since', '2020-03-09T23:00:00.000Z');
    expect(await count(page, 'new-cases')).toBe(10);
    await expect(page).toHaveURL(/since=2020-03-09T23/);
  } finally {
    clearServerClock();
  }
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
