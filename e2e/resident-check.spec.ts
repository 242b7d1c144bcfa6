import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { collectPageErrors, renderedFeatures, waitForMapReady } from './helpers/map';
import { fixture, recordRequests, runCheck, uploadTrajectory } from './helpers/check';

// A phone in Korea time: the demo cases are in Seoul, and times must show in the resident's own zone.
test.use({ viewport: { width: 360, height: 740 }, timezoneId: 'Asia/Seoul', locale: 'en-GB', hasTouch: true });

/** Positions written as numbers near the demo area (Seoul): none may leave the device in private mode. */
const COORDINATES = /12[67][.,%]\d{3}|37[.,%]\d{3}/;

test('an uploaded trajectory that overlaps C-009 shows the case, its window and the highlight, and sends nothing about the resident', async ({ page }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.goto('/check');
  await waitForMapReady(page);
  const requests = recordRequests(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));

  await uploadTrajectory(page, fixture('resident-overlap.gpx'));
  await expect(page.getByTestId('upload-status')).toContainText('104 positions');
  // The file was parsed in a Web Worker, off the page's main thread.
  expect(workers.some((url) => !url.includes('maplibre'))).toBe(true);
  await runCheck(page);

  const overlap = page.getByTestId('overlap');
  await expect(overlap).toHaveCount(1);
  await expect(overlap).toContainText('Case C-009');
  await expect(overlap).toContainText('Restaurant · Deungchon-dong');
  await expect(overlap.getByTestId('overlap-window')).toHaveText(/07\/03\/2020, 10:(39|40) – 12:1[01] GMT\+9/);
  await expect(page.getByTestId('advice')).toContainText('nucleic-acid test');

  // The map draws the resident's path, C-009's track and the overlap stretch, read through MapLibre.
  await waitForMapReady(page);
  await expect.poll(async () => (await renderedFeatures(page, ['overlaps-line', 'overlaps-place'])).map((f) => f.properties.caseCode)).toContain('C-009');
  expect((await renderedFeatures(page, ['resident-track-line', 'resident-track-place'])).length).toBeGreaterThan(0);
  expect(new Set((await renderedFeatures(page, ['case-tracks-place', 'case-tracks-line'])).map((f) => f.properties.caseCode))).toEqual(new Set(['C-009']));

  // Selecting the overlap flies the map to it.
  await overlap.getByRole('button', { name: /Case C-009/ }).click();
  await expect.poll(() => page.evaluate(() => Math.round(window.gridwatchMap!.getZoom())), { timeout: 10_000 }).toBe(16);
  const center = await page.evaluate(() => window.gridwatchMap!.getCenter().toArray());
  expect(center[0]).toBeCloseTo(126.8567, 3);
  expect(center[1]).toBeCloseTo(37.556, 3);

  // Private mode: no POST at all, and no request whose URL or body carries a position.
  expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
  expect(requests.filter((r) => COORDINATES.test(decodeURIComponent(r.url)) || COORDINATES.test(r.body))).toEqual([]);
  // The case tracks came as day files: the manifest, then the days the check needed, the same URLs for everyone.
  const caseTrackUrls = requests.filter((r) => r.url.includes('/api/case-tracks')).map((r) => new URL(r.url));
  expect(caseTrackUrls.filter((u) => u.pathname === '/api/case-tracks/days')).toHaveLength(1);
  const dayFiles = caseTrackUrls.filter((u) => u.pathname !== '/api/case-tracks/days');
  expect(dayFiles.length).toBeGreaterThan(0);
  for (const url of caseTrackUrls) expect(url.search).toBe('');
  for (const url of dayFiles) expect(url.pathname).toMatch(/^\/api\/case-tracks\/days\/\d{4}-\d{2}-\d{2}\.[0-9a-f]{20}\.bin$/);
  expect(dayFiles.map((u) => u.pathname)).toContainEqual(expect.stringMatching(/\/2020-03-07\./));
  // The coverage basis came in the manifest: no separate request for it.
  expect(requests.filter((r) => new URL(r.url).pathname === '/api/coverage')).toEqual([]);

  await waitForMapReady(page);
  await page.screenshot({ path: testInfo.outputPath('check-result-360.png'), fullPage: true });
  await page.getByTestId('check-result').screenshot({ path: testInfo.outputPath('check-result-360-detail.png') });
  // Nothing overflows sideways on a 360 px phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await waitForMapReady(page);
  await page.screenshot({ path: testInfo.outputPath('check-result-1280.png'), fullPage: true });
  expect(errors).toEqual([]);
});

test('day files are immutable and pre-compressed; the manifest revalidates with a 304', async ({ request }) => {
  const manifest = await request.get('/api/case-tracks/days');
  expect(manifest.status()).toBe(200);
  const { days } = (await manifest.json()) as { days: { day: string; file: string }[] };
  expect(days.length).toBeGreaterThan(0);
  const again = await request.get('/api/case-tracks/days', { headers: { 'if-none-match': manifest.headers()['etag'] } });
  expect(again.status()).toBe(304);
  const file = await request.get(`/api/case-tracks/days/${days[0].file}`, { headers: { 'accept-encoding': 'br' } });
  expect(file.status()).toBe(200);
  expect(file.headers()['content-encoding']).toBe('br');
  expect(file.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const missing = await request.get(`/api/case-tracks/days/${days[0].day}.${'0'.repeat(20)}.bin`, { headers: { 'accept-language': 'zh-CN' } });
  expect(missing.status()).toBe(404);
  expect(((await missing.json()) as { code: string }).code).toBe('check.day-file-not-found');
});

test('a trajectory that overlaps nobody says so', async ({ page }) => {
  await page.goto('/check');
  await uploadTrajectory(page, fixture('resident-clear.gpx'));
  await runCheck(page);
  await expect(page.getByTestId('no-overlap')).toBeVisible();
  await expect(page.getByTestId('overlap')).toHaveCount(0);
  await expect(page.getByTestId('advice')).toContainText('Nothing to report');
  await expect(page.getByTestId('report-form')).toHaveCount(0);
});

test('a malformed file gives a clear error and the page keeps working', async ({ page }) => {
  await page.goto('/check');
  await uploadTrajectory(page, { name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('lon,lat,time\n126.9,37.5,2020-03-07T01:00:00Z\n126.9,abc,2020-03-07T01:01:00Z\n') });
  await expect(page.getByTestId('upload-error')).toContainText(/could not be read.*line 3/);
  await page.getByTestId('run-check').click();
  await expect(page.getByTestId('check-error')).toContainText('Give your trips first');

  await uploadTrajectory(page, fixture('resident-overlap.csv'));
  await expect(page.getByTestId('upload-error')).toHaveCount(0);
  await runCheck(page);
  await expect(page.getByTestId('overlap')).toContainText('C-009');
});

test('a file saved as UTF-16 (Notepad\'s "Unicode", LE or BE with a BOM) is read like UTF-8', async ({ page }) => {
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fs.readFileSync(fixture('resident-overlap.geojson'), 'utf8'), 'utf16le')]);
  const utf16be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(fs.readFileSync(fixture('resident-overlap.csv'), 'utf8'), 'utf16le').swap16()]);
  await page.goto('/check');
  for (const [name, buffer] of [['overlap-utf16le.geojson', utf16le], ['overlap-utf16be.csv', utf16be]] as const) {
    await uploadTrajectory(page, { name, mimeType: 'application/octet-stream', buffer });
    await expect(page.getByTestId('upload-error')).toHaveCount(0);
    await runCheck(page);
    await expect(page.getByTestId('overlap')).toContainText('C-009');
  }
});

test('places added by hand, one picked on the map, give a result', async ({ page }) => {
  await page.goto('/check');
  await waitForMapReady(page);
  await page.getByRole('tab', { name: 'Add places' }).click();
  await page.getByRole('button', { name: 'Add a place' }).click();
  const row = page.getByTestId('manual-row').first();
  await row.getByLabel('Date').fill('2020-03-07');
  // Clicking the map writes the clicked position into the row being edited.
  await page.getByTestId('map').scrollIntoViewIfNeeded();
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(row.getByLabel('Longitude')).toHaveValue(/^12\d\.\d{6}$/);
  // Then the resident types the exact place: the restaurant C-009 visited.
  await row.getByLabel('Longitude').fill('126.856724');
  await row.getByLabel('Latitude').fill('37.556053');
  await row.getByLabel('From').fill('10:40');
  await row.getByLabel('To').fill('12:10');
  await runCheck(page);
  await expect(page.getByTestId('overlap')).toContainText('C-009');
  await expect(page.getByTestId('overlap-window')).toHaveText(/07\/03\/2020, 10:40 – 12:10 GMT\+9/);
  await waitForMapReady(page);
  await expect.poll(async () => (await renderedFeatures(page, ['overlaps-place', 'overlaps-line'])).length).toBeGreaterThan(0);

  // "That wasn't me" stands the advice down and is remembered in this browser only.
  await page.getByRole('button', { name: /That wasn't me/ }).click();
  await expect(page.getByTestId('advice')).toContainText('none of these was you');
  expect(await page.evaluate(() => localStorage.getItem('gridwatch-overlap-feedback'))).toContain('not-me');
  await expect(page.getByTestId('report-form')).toHaveCount(0);
});

test('a report is sent only with consent, and the API refuses one without', async ({ page, request }) => {
  await page.goto('/check');
  await uploadTrajectory(page, fixture('resident-overlap.gpx'));
  await runCheck(page);
  const form = page.getByTestId('report-form');
  await expect(page.getByTestId('report-retention')).toContainText('kept for 14 days');
  await form.getByLabel('Name', { exact: true }).fill('Kim Min-jun <b>test</b>');
  await form.getByLabel('Phone', { exact: true }).fill('+82 10-1234-5678');
  await form.getByRole('combobox').selectOption({ index: 1 });
  await expect(page.getByTestId('report-send')).toBeDisabled();

  await page.getByTestId('report-consent').check();
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/reports')), page.getByTestId('report-send').click()]);
  expect(response.status()).toBe(201);
  const body = await response.json();
  expect(body).toMatchObject({ id: expect.any(Number), retentionDays: 14 });
  expect(JSON.parse(response.request().postData()!)).toMatchObject({ consent: true, name: 'Kim Min-jun <b>test</b>', overlaps: [{ caseCode: 'C-009' }] });
  await expect(page.getByTestId('report-sent')).toBeVisible();

  const refused = await request.post('/api/reports', {
    data: { consent: false, name: 'Kim', phone: '01012345678', communityId: 1, overlaps: JSON.parse(response.request().postData()!).overlaps },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error).toMatch(/consent/);
});

test('server mode is an explicit choice, says nothing is stored, and finds the same overlap', async ({ page }) => {
  await page.goto('/check');
  await uploadTrajectory(page, fixture('resident-overlap.geojson'));
  await page.getByTestId('mode-server').check();
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/check')), page.getByTestId('run-check').click()]);
  expect(response.status()).toBe(200);
  expect((await response.json()).stored).toBe(false);
  await expect(page.getByTestId('check-result')).toContainText('nothing was stored');
  await expect(page.getByTestId('overlap')).toContainText('C-009');
});

test.describe('for a resident reading Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the page and its result are in Chinese', async ({ page }) => {
    await page.goto('/check');
    await expect(page.getByRole('heading', { name: '自查行程' })).toBeVisible();
    await uploadTrajectory(page, fixture('resident-clear.gpx'));
    await runCheck(page);
    await expect(page.getByTestId('no-overlap')).toContainText('未发现交集');
  });
});
