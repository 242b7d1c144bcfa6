import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { signInAs } from './helpers/auth';
import { fixture, runCheck, uploadTrajectory } from './helpers/check';
import { collectPageErrors, renderedFeatures, waitForMapReady } from './helpers/map';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** Ids of the demo communities that have grid cells (and so grid workers). */
async function communitiesWithGridCells(request: APIRequestContext): Promise<number[]> {
  const cells = (await (await request.get('/api/grid-cells')).json()) as { features: { properties: { communityId: number } }[] };
  return [...new Set(cells.features.map((f) => f.properties.communityId))];
}

/**
 * Frames community `id` as a resident would (pinching in on it), then clicks inside it at a spot with no
 * case track under it (a click on a track opens the case's popup instead), away from the panels.
 */
async function clickCommunity(page: Page, request: APIRequestContext, id: number): Promise<void> {
  const all = (await (await request.get('/api/communities')).json()) as GeoJSON.FeatureCollection<GeoJSON.MultiPolygon>;
  const corners = all.features.find((f) => f.id === id)!.geometry.coordinates.flat(2);
  const lngs = corners.map((p) => p[0]);
  const lats = corners.map((p) => p[1]);
  const bounds: [[number, number], [number, number]] = [
    [Math.min(...lngs), Math.min(...lats)],
    [Math.max(...lngs), Math.max(...lats)],
  ];
  await page.evaluate(async (box) => {
    const map = window.gridwatchMap!;
    const idle = new Promise((resolve) => map.once('idle', resolve));
    map.fitBounds(box, { padding: 40, duration: 0 });
    await idle;
  }, bounds);
  const spot = await page.evaluate((cid) => {
    const map = window.gridwatchMap!;
    const canvas = map.getCanvas().getBoundingClientRect();
    const caseLayers = ['case-tracks-place', 'case-tracks-line', 'case-tracks-halo'].filter((layer) => map.getLayer(layer));
    for (let y = canvas.height * 0.2; y < canvas.height * 0.7; y += 5) {
      for (let x = canvas.width * 0.15; x < canvas.width * 0.85; x += 5) {
        const box: [[number, number], [number, number]] = [
          [x - 6, y - 6],
          [x + 6, y + 6],
        ];
        if (map.queryRenderedFeatures(box, { layers: caseLayers }).length) continue;
        // Well inside the community: every community feature around the spot is this one.
        const around = map.queryRenderedFeatures(box, { layers: ['communities-fill'] }).map((f) => Number(f.id));
        // And nothing (legend, time bar, controls) lies over the map there.
        const isMapOnTop = document.elementFromPoint(canvas.left + x, canvas.top + y) === map.getCanvas();
        if (isMapOnTop && around.length && around.every((found) => found === cid)) return { x: canvas.left + x, y: canvas.top + y };
      }
    }
    return null;
  }, id);
  expect(spot, `a clickable spot inside community ${id}`).not.toBeNull();
  await page.mouse.click(spot!.x, spot!.y);
}

test('at 360 px a resident taps a community and finds who to call: a bottom sheet with workers and tappable numbers', async ({ page, request }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(PHONE);
  await page.goto('/');
  await waitForMapReady(page);
  const [id] = await communitiesWithGridCells(request);
  await clickCommunity(page, request, id);
  const expected = await (await request.get(`/api/communities/${id}/card`)).json();

  const card = page.getByRole('dialog');
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(expected.name);
  await expect(page.getByTestId('card-close')).toBeFocused();
  // A grid cell's responsible worker, and the service numbers as tel: links (normalised href).
  await expect(page.getByTestId('card-grid-cells')).toContainText(expected.gridCells[0].worker);
  const phones = card.locator('a[href^="tel:"]');
  expect(await phones.count()).toBe(expected.contacts.length + expected.gridCells.filter((g: { workerPhone: string | null }) => g.workerPhone).length);
  const first = phones.first();
  await expect(first).toHaveAttribute('href', `tel:${expected.contacts[0].phone.replace(/[^+\d]/g, '')}`);
  await expect(first).toBeInViewport();
  const box = (await first.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  // A bottom sheet: full width, anchored to the bottom of the screen.
  const sheet = (await card.boundingBox())!;
  expect(sheet.width).toBe(PHONE.width);
  expect(Math.round(sheet.y + sheet.height)).toBe(PHONE.height);
  // The community is outlined on the map while its card is open.
  expect(await page.evaluate((cid) => window.gridwatchMap!.getFeatureState({ source: 'communities', id: cid }).selected, id)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('community-card-360.png') });

  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  expect(errors).toEqual([]);
});

test('on a desktop the card is a side panel with zones, the latest round and the status; the close button closes it', async ({ page, request }, testInfo) => {
  await page.setViewportSize(DESKTOP);
  await page.goto('/');
  await waitForMapReady(page);
  const [, id] = await communitiesWithGridCells(request);
  await clickCommunity(page, request, id);
  const card = page.getByTestId('community-card');
  await expect(card).toBeVisible();
  const expected = await (await request.get(`/api/communities/${id}/card`)).json();
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(expected.name);
  const panel = (await card.boundingBox())!;
  expect(panel.height).toBeGreaterThan(600);
  expect(Math.round(panel.x + panel.width)).toBe(DESKTOP.width);
  await expect(page.getByTestId('card-status')).toBeVisible();
  if (expected.zones.length) await expect(page.getByTestId('card-zones').locator('li')).toHaveCount(expected.zones.length);
  await page.screenshot({ path: testInfo.outputPath('community-card-desktop.png') });
  await page.getByTestId('card-close').click();
  await expect(card).toBeHidden();
});

test('a staff member adds a service number and residents see it on the card as a tappable link', async ({ page, browser, request }, testInfo) => {
  const [id] = await communitiesWithGridCells(request);
  const { name } = await (await request.get(`/api/communities/${id}/card`)).json();
  await signInAs(page, 'staff');
  await page.setViewportSize(DESKTOP);
  await page.goto('/staff/communities');
  await page.getByTestId('communities-filter').fill(name);
  const item = page.locator(`[data-community-id="${id}"]`);
  await item.locator('summary').click();
  const form = item.getByTestId('contacts-form');
  const before = await form.getByTestId('contact-row').count();
  await form.getByTestId('contact-add').click();
  const row = form.getByTestId('contact-row').last();
  await row.getByTestId('contact-label').fill('核酸检测 Testing point');
  await row.getByTestId('contact-phone').fill('not a number');
  await form.getByTestId('contacts-save').click();
  await expect(form.getByRole('alert')).toContainText(/Phone is invalid: must be a phone number/i);
  await row.getByTestId('contact-phone').fill('010 0000 6123');
  await form.getByTestId('contacts-save').click();
  await expect(form.getByRole('status')).toContainText(name);
  await expect(form.getByTestId('contact-row')).toHaveCount(before + 1);
  await page.screenshot({ path: testInfo.outputPath('staff-communities.png'), fullPage: true });

  // A resident, not signed in, on a phone.
  const resident = await browser.newPage({ viewport: PHONE });
  await resident.goto('/');
  await waitForMapReady(resident);
  await clickCommunity(resident, request, id);
  const link = resident.getByTestId('card-contacts').locator('a[href="tel:01000006123"]');
  await expect(link).toBeVisible();
  await expect(link).toContainText('010 0000 6123');
  await expect(link).toContainText('核酸检测 Testing point');
  await resident.close();
});

test('/check?case= shows that case’s places in order and its track, and says whether the trip overlapped it', async ({ page, request }) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(PHONE);
  const visits = ((await (await request.get('/api/cases')).json()).features as { properties: { caseCode: string; place?: string; start: string } }[])
    .filter((f) => f.properties.caseCode === 'C-009')
    .sort((a, b) => Date.parse(a.properties.start) - Date.parse(b.properties.start));
  await page.goto('/check?case=C-009');
  const focus = page.getByTestId('focus-case');
  await expect(focus.getByRole('heading')).toContainText('C-009');
  const items = page.getByTestId('focus-case-visits').locator('li');
  await expect(items).toHaveCount(visits.length);
  for (const [i, visit] of visits.entries()) if (visit.properties.place) await expect(items.nth(i)).toContainText(visit.properties.place);
  await expect(focus).toContainText('Restaurant · Deungchon-dong');
  await waitForMapReady(page);
  await expect.poll(async () => new Set((await renderedFeatures(page, ['case-tracks-place', 'case-tracks-line'])).map((f) => f.properties.caseCode))).toEqual(new Set(['C-009']));

  await uploadTrajectory(page, fixture('resident-overlap.gpx'));
  await runCheck(page);
  await expect(page.getByTestId('focus-case-verdict')).toHaveAttribute('data-overlap', 'true');
  await expect(page.locator('[data-testid="overlap"][data-focus-case="true"]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('/check?case= with an unknown or draft code says so and the check still works', async ({ page }) => {
  await signInAs(page, 'staff');
  const draft = await page.request.post('/api/staff/cases', {
    data: { code: 'E2E-DRAFT-1', reportedAt: '2020-03-10T20:00:00+09:00', visits: [{ place: 'Secret place', lngLat: [126.85, 37.55], start: '2020-03-07T10:00:00+09:00', end: '2020-03-07T11:00:00+09:00' }] },
  });
  expect(draft.status(), await draft.text()).toBeLessThan(300);
  await page.context().clearCookies();
  for (const code of ['E2E-DRAFT-1', 'NOPE-404', '<b>x</b>']) {
    await page.goto(`/check?case=${encodeURIComponent(code)}`);
    await expect(page.getByTestId('focus-case-unknown')).toContainText(code);
    await expect(page.getByTestId('focus-case')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText('Secret place');
  }
  await uploadTrajectory(page, fixture('resident-clear.gpx'));
  await runCheck(page);
  await expect(page.getByTestId('no-overlap')).toBeVisible();
});

test('the case notice links to the self-check preloaded with its case', async ({ page }) => {
  await page.goto('/notices/C-009');
  await page.getByTestId('notice-check-link').click();
  await expect(page).toHaveURL(/\/check\?case=C-009$/);
  await expect(page.getByTestId('focus-case')).toBeVisible();
});

test('keyboard users pick their community from the legend list; Escape closes the card and focus returns', async ({ page, request }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto('/');
  await waitForMapReady(page);
  const [id] = await communitiesWithGridCells(request);
  const { name } = await (await request.get(`/api/communities/${id}/card`)).json();
  const select = page.getByTestId('find-community');
  const zoomBefore = await page.evaluate(() => window.gridwatchMap!.getZoom());
  await select.focus();
  await select.selectOption(String(id));
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(name);
  // The map brings the picked community into view (the whole district was in view before).
  await expect.poll(() => page.evaluate(() => window.gridwatchMap!.getZoom())).toBeGreaterThan(zoomBefore + 1);
  await expect(page.getByTestId('card-close')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(select).toBeFocused();
});

test('on the briefing an official opens a community card for the slider time', async ({ page, request }, testInfo) => {
  await signInAs(page, 'official');
  await page.setViewportSize(DESKTOP);
  await page.goto('/briefing');
  await waitForMapReady(page);
  const [id] = await communitiesWithGridCells(request);
  const cardRequest = page.waitForRequest((r) => r.url().includes(`/api/communities/${id}/card?at=`));
  await clickCommunity(page, request, id);
  await cardRequest;
  await expect(page.getByTestId('community-card')).toBeVisible();
  await expect(page.getByTestId('card-contacts').locator('a[href^="tel:"]').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('briefing-card.png') });
});
