/**
 * HTML and script typed into text fields stay text wherever they are shown: a zone's name and note, and a
 * case's place, go through the real staff API, then the staff zone list, the case notice and the
 * official's briefing show them literally, no element is created from them, and no handler runs.
 */
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from './helpers/auth';

const MARK = 'gwXss';
const ZONE_NAME = `<img src=x onerror="window.${MARK}='zone'"> Block 9`;
const ZONE_NOTE = `<script>window.${MARK}='note'</script> stay home`;
const PLACE = `<img src=x onerror="window.${MARK}='place'"> Noodle shop`;
const CODE = 'XSS-1';

let zone: { id: number; version: number } | undefined;

async function expectInert(page: Page, text: string): Promise<void> {
  await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate((mark) => (window as unknown as Record<string, unknown>)[mark], MARK)).toBeUndefined();
}

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signInAs(page, 'staff');
  const square = [[126.8869, 37.4949], [126.8879, 37.4949], [126.8879, 37.4959], [126.8869, 37.4959], [126.8869, 37.4949]];
  const created = await page.request.post('/api/staff/zones', {
    data: { kind: 'controlled', name: ZONE_NAME, note: ZONE_NOTE, effectiveFrom: '2020-03-09T00:00:00+09:00', geometry: { type: 'Polygon', coordinates: [square] } },
  });
  expect(created.status(), await created.text()).toBe(201);
  zone = (await created.json()).zone;
  const saved = await page.request.post('/api/staff/cases', {
    data: { code: CODE, reportedAt: '2020-03-10T12:00:00+09:00', visits: [{ place: PLACE, lngLat: [126.8874, 37.4954], start: '2020-03-09T12:00:00+09:00', end: '2020-03-09T13:00:00+09:00' }] },
  });
  expect(saved.status(), await saved.text()).toBe(201);
  const published = await page.request.post(`/api/staff/cases/${CODE}/publish`, { data: { isPublished: true } });
  expect(published.status(), await published.text()).toBe(200);
  await page.close();
});

test.afterAll(async ({ browser }) => {
  // Leave the shared demo database as the other specs expect it.
  const page = await browser.newPage();
  await signInAs(page, 'staff');
  await page.request.delete(`/api/staff/cases/${CODE}`);
  if (zone) await page.request.delete(`/api/staff/zones/${zone.id}?version=${zone.version}`);
  await page.close();
});

test('the staff zone list shows a zone name with markup as text', async ({ page }) => {
  await signInAs(page, 'staff');
  await page.goto('/staff/zones');
  await expectInert(page, 'Block 9');
  await expect(page.getByTestId('zone-item').filter({ hasText: 'Block 9' }).first()).toContainText('<img src=x onerror=');
});

test('the case notice shows a place with markup as text', async ({ page }) => {
  await page.goto(`/notices/${CODE}`);
  await expectInert(page, 'Noodle shop');
  await expect(page.getByText('Noodle shop').first()).toContainText('<img src=x');
});

test("the official's briefing lists the place as text", async ({ page }) => {
  await signInAs(page, 'official');
  await page.goto('/briefing?at=2020-03-10T23:59:00%2B09:00&source=geojson');
  await expectInert(page, 'Noodle shop');
});
