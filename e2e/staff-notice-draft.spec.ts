import { expect, test } from '@playwright/test';
import { signInAs } from './helpers/auth';
import { collectPageErrors, waitForMapReady } from './helpers/map';

/**
 * Staff paste a case notice: the reader lists its dated places, a community name is matched from the district's
 * own gazetteer, an unknown place is clicked on the map, and the draft is saved as a draft case — not published.
 */
test('a pasted notice becomes a draft case: matched place, a place clicked on the map, events left out', async ({ page }) => {
  const errors = collectPageErrors(page);
  await signInAs(page, 'staff');
  await page.goto('/staff/cases/notice');
  await waitForMapReady(page);
  await page.getByLabel('Notice text').fill('3月8日10:00到화곡동探亲，14:00到汕头站，3月9日出现发热');
  await page.getByLabel('Published on').fill('2020-03-20');
  await page.getByRole('button', { name: 'Read' }).click();

  const rows = page.locator('ol.notice-entries > li');
  await expect(rows).toHaveCount(3);
  // 화곡동 is a demo community: matched; 汕头站 is in no gazetteer here: staff must place it.
  await expect(rows.nth(0)).toContainText('03-08 10:00–14:00');
  await expect(rows.nth(0).locator('[data-status="matched"]')).toBeVisible();
  await expect(rows.nth(1).locator('[data-status="unmatched"]')).toBeVisible();
  await expect(rows.nth(2)).toHaveAttribute('data-kind', 'event');
  await expect(page.getByRole('button', { name: 'Make a draft (1 on the map)' })).toBeVisible();

  await rows.nth(1).getByRole('button', { name: 'Click on the map' }).click();
  await expect(page.getByText('Click where “汕头站” is on the map.')).toBeVisible();
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.getByRole('button', { name: 'Make a draft (2 on the map)' }).click();

  await page.getByLabel('Case code').fill('N-101');
  await page.getByLabel('Reported').fill('2020-03-10T09:00');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByTestId('notice-draft-saved')).toContainText('N-101');

  // Saved as a draft: not public. Published for the check below, it carries both places at the notice's times
  // (read in the district's zone, Asia/Seoul here); then it is deleted so later specs see the demo as it was.
  expect(await (await page.request.get('/api/cases')).text()).not.toContain('N-101');
  const published = await page.request.post('/api/staff/cases/N-101/publish', { data: { isPublished: true } });
  expect(published.status(), await published.text()).toBeLessThan(300);
  type CaseFeature = { properties: { caseCode: string; place: string | null; start: string } };
  const features = ((await (await page.request.get('/api/cases')).json()) as { features: CaseFeature[] }).features.filter((f) => f.properties.caseCode === 'N-101');
  expect(features.map((f) => f.properties.place)).toEqual(['화곡동', '汕头站']);
  expect(new Date(features[0].properties.start).toISOString()).toBe('2020-03-08T01:00:00.000Z');
  expect((await page.request.delete('/api/staff/cases/N-101')).status()).toBeLessThan(300);
  expect(errors).toEqual([]);
});
