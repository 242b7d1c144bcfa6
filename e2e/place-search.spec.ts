import { expect, test } from '@playwright/test';
import { collectPageErrors, waitForMapReady } from './helpers/map';

test('the public map finds a community, a zone and a place a case visited, and takes the map there', async ({ page }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await waitForMapReady(page);
  const search = page.getByTestId('place-search');
  await search.fill('Pharmacy');
  const results = page.getByTestId('place-search-results').locator('button');
  await expect(results.first()).toBeVisible();
  await expect(results.first()).toHaveAttribute('data-kind', 'place');
  await results.first().click();
  await expect.poll(() => page.evaluate(() => window.gridwatchMap!.getZoom())).toBeGreaterThanOrEqual(15.9);
  await waitForMapReady(page);
  // At street zoom the names of communities and zones are drawn over the map (no glyph server).
  await expect.poll(async () => Number(await page.getByTestId('map-labels').getAttribute('data-count'))).toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath('search-place-labels.png') });

  await search.fill('목동');
  await expect(page.getByTestId('place-search-results').locator('button[data-kind="community"]').first()).toContainText('목동');
  expect(errors).toEqual([]);
});

test('the place search endpoint answers bad input with a coded 400 in the reader language, and public data only', async ({ request }) => {
  for (const q of ['', '   ', 'x'.repeat(51)]) {
    const response = await request.get(`/api/places?q=${encodeURIComponent(q)}`, { headers: { 'Accept-Language': 'zh-CN' } });
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'search.query-invalid', error: '搜索词须为 1–50 个字符。' });
  }
  expect((await request.get('/api/places')).status()).toBe(400);
  const ok = await request.get('/api/places?q=Guro');
  expect(ok.status()).toBe(200);
  const body = JSON.stringify(await ok.json());
  expect(body).not.toMatch(/communityId|community_id|DRAFT/);
});
