import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { waitForMapReady } from './helpers/map';

// Issue 15: a notice forwarded into a group chat, opened on a phone in Chinese.
test.use({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });

test('a notice link previews well: a title naming the case, a summary with the zone, and the map image', async ({ page, request }, testInfo) => {
  await page.goto('/notices/C-009');
  await expect(page).toHaveTitle('病例 C-009 活动轨迹通报 · 网格守望');
  const og = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
  expect(await og('og:title')).toContain('C-009');
  expect(await og('og:description')).toMatch(/到过 \d+ 个地点（时间为 GMT\+9 · Asia\/Seoul）/);
  const image = (await og('og:image'))!;
  expect(image).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/notices\/C-009\/image$/);
  const png = await request.get(new URL(image).pathname);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  await testInfo.attach('og-image', { body: bytes, contentType: 'image/png' });
  fs.writeFileSync(testInfo.outputPath('notice-og-image.png'), bytes);
  // The notice text says which zone its times are in.
  await expect(page.getByTestId('notice-text')).toHaveValue(/活动轨迹（时间为 GMT\+9 · Asia\/Seoul）/);
});

test('a short link typed in lower case finds the case; an unknown code gets a Chinese page with a way back', async ({ page }, testInfo) => {
  await page.goto('/n/c-009');
  await expect(page).toHaveURL(/\/notices\/C-009$/);
  await expect(page.getByRole('heading', { name: /C-009/ })).toBeVisible();

  const missing = await page.goto('/notices/C-998');
  expect(missing?.status()).toBe(404);
  await expect(page.getByTestId('notice-not-found')).toContainText('找不到这份病例通报');
  await page.screenshot({ path: testInfo.outputPath('notice-404-360.png') });
  await page.getByRole('link', { name: '返回疫情地图' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('"download image" waits for the map, and the PNG lists every place below the map', async ({ page }, testInfo) => {
  await page.goto('/notices/C-009');
  const button = page.getByTestId('download-notice-image');
  // Disabled while the map has not drawn the track; enabled once it has.
  await waitForMapReady(page);
  await expect(button).toBeEnabled();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = testInfo.outputPath('notice-download.png');
  await download.saveAs(path);
  const size = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  }, fs.readFileSync(path).toString('base64'));
  const mapBox = (await page.getByTestId('map').boundingBox())!;
  const places = (await page.getByTestId('notice-text').inputValue()).split('\n').filter((line) => /^\d+\. /.test(line)).length;
  // Title bar + map + a list of at least one line per place.
  expect(size.height / size.width).toBeGreaterThan((mapBox.height + 48 + 24 * places) / mapBox.width - 0.05);
});
