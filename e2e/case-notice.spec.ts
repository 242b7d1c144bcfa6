import { expect, test } from '@playwright/test';
import { waitForMapReady } from './helpers/map';

test('a published case has a group-chat notice with every place and time in order, a short link and a PNG', async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const short = await request.get('/n/C-009', { maxRedirects: 0 });
  expect(short.status()).toBe(307);
  expect(short.headers().location).toMatch(/\/notices\/C-009$/);
  // Behind a reverse proxy the links name the address residents use, not the app's own.
  const proxied = { 'x-forwarded-host': 'gw.example.org', 'x-forwarded-proto': 'https' };
  // The redirect never follows a forwarded host it was not configured with (GRIDWATCH_PUBLIC_URL): it stays on the request's own origin, uncached.
  const forged = await request.get('/n/C-009', { maxRedirects: 0, headers: proxied });
  expect(forged.headers().location).toBe('/notices/C-009');
  expect(forged.headers()['cache-control']).toBe('no-store');
  expect(await (await request.get('/notices/C-009', { headers: proxied })).text()).toContain('https://gw.example.org/check?case=C-009');

  await page.goto('/n/C-009');
  await expect(page).toHaveURL(/\/notices\/C-009$/);
  await waitForMapReady(page);
  const text = await page.getByTestId('notice-text').inputValue();
  expect(text).toContain('C-009');
  expect(text).toContain('Restaurant · Deungchon-dong');
  expect(text).toMatch(/\/check\?case=C-009/);
  // The numbered lines are in time order and every published visit of the case is there.
  const visits = (await (await request.get('/api/cases')).json()).features.filter((f: { properties: { caseCode: string } }) => f.properties.caseCode === 'C-009');
  const numbered = text.split('\n').filter((line) => /^\d+\. /.test(line));
  expect(numbered).toHaveLength(visits.length);
  expect(numbered.map((line) => Number(line.split('.')[0]))).toEqual(numbered.map((_, i) => i + 1));
  // Line i names the case's i-th place in time order.
  const inOrder = [...visits].sort((a: { properties: { start: string } }, b: { properties: { start: string } }) => a.properties.start.localeCompare(b.properties.start));
  inOrder.forEach((visit: { properties: { place: string | null } }, i: number) => {
    if (visit.properties.place) expect(numbered[i]).toContain(visit.properties.place);
  });
  await expect(page.locator('.notice-number')).toHaveCount(visits.length);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-notice-image').click()]);
  expect(download.suggestedFilename()).toBe('gridwatch-C-009.png');
  const png = await download.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  });
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  // Not blank: the image has many distinct colours (tracks, numbers, basemap).
  // Decoded through an <img> (the page's CSP lets images, not fetch, read data: URLs).
  const colours = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const bitmap = await createImageBitmap(image);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return { distinct: seen.size, width: bitmap.width };
  }, png.toString('base64'));
  expect(colours.distinct).toBeGreaterThan(20);
  expect(colours.width).toBeGreaterThan(400);
});

test('an unpublished or unknown case has no notice', async ({ request }) => {
  expect((await request.get('/notices/C-999')).status()).toBe(404);
});
