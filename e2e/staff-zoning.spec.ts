import { expect, test } from '@playwright/test';
import { area, booleanContains } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { openNewCase, signInAs } from './helpers/auth';
import { overlapCodes } from './helpers/check';
import { drawPolygon, squareAroundCentre } from './helpers/draw';
import { collectPageErrors, renderedFeatures, waitForMapReady } from './helpers/map';

const SCREENS = 'test-results/staff-screens';

test.use({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });

test('staff sign in through the form, and a wrong password is refused', async ({ page }) => {
  await page.goto('/staff/zones');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.screenshot({ path: `${SCREENS}/sign-in.png` });
  await page.getByLabel('Username').fill('staff');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.form-error')).toContainText('Wrong username or password');

  await page.getByLabel('Password').fill('demo-staff-2022');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/staff\/zones$/);
  await expect(page.getByTestId('signed-in-user')).toContainText('staff');
  const cookie = (await page.context().cookies()).find((c) => c.name === 'gridwatch-session');
  // `next start` is a production build: the cookie is Secure (Chromium keeps Secure cookies on 127.0.0.1).
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect((await page.context().cookies()).find((c) => c.name === 'gridwatch-session')).toBeUndefined();
});

test('staff draw a sealed zone by clicking on the map and save it; signed out, the public map shows it', async ({ page }) => {
  const errors = collectPageErrors(page);
  await signInAs(page, 'staff');
  await page.goto('/staff/zones');
  await waitForMapReady(page);
  await page.getByRole('button', { name: 'Draw a new zone' }).click();
  // Corners ~80 px apart: terra-draw closes a ring when a click lands within 40 px of its first corner.
  await drawPolygon(page, await squareAroundCentre(page, 0.008));
  await page.getByLabel('Kind').selectOption('sealed');
  await page.getByLabel('Name').fill('E2E sealed <b>block</b>');
  await page.screenshot({ path: `${SCREENS}/zones-drawing.png` });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByTestId('zone-item').filter({ hasText: 'E2E sealed <b>block</b>' })).toBeVisible();
  await waitForMapReady(page);
  await page.screenshot({ path: `${SCREENS}/zones.png` });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  await waitForMapReady(page);
  await expect
    .poll(async () => (await renderedFeatures(page, ['zones-fill-sealed'])).map((f) => f.properties.name))
    .toContain('E2E sealed <b>block</b>');
  expect(errors, errors.join('\n')).toEqual([]);
});

test('an invalid (self-intersecting) polygon gets a message and nothing is saved', async ({ page }) => {
  await signInAs(page, 'staff');
  await page.goto('/staff/zones');
  await waitForMapReady(page);
  const before = await page.getByTestId('zone-item').count();
  await page.getByRole('button', { name: 'Draw a new zone' }).click();
  // terra-draw does not close a drawn ring that crosses itself, so the bow tie comes in as pasted GeoJSON.
  const [a, b, c, d] = await squareAroundCentre(page, 0.002, [0.006, 0]);
  await page.getByLabel(/paste the boundary/).fill(JSON.stringify({ type: 'Polygon', coordinates: [[a, c, b, d, a]] }));
  await page.getByLabel('Name').fill('E2E bow tie');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // The server's coded message, once (not wrapped in a second "the zone boundary is invalid").
  await expect(page.locator('.form-error')).toHaveText(/^The boundary intersects itself near \[[\d.]+, [\d.]+\] \(1 crossing\(s\)\); reshape it and save again\.$/);
  await page.screenshot({ path: `${SCREENS}/zones-invalid.png` });
  await page.reload();
  await expect(page.getByTestId('zone-item')).toHaveCount(before);
  await expect(page.getByText('E2E bow tie')).toHaveCount(0);
});

test('staff generate sealed, controlled and precaution zones around a place and save all three', async ({ page }) => {
  await signInAs(page, 'staff');
  await page.goto('/staff/zones');
  await waitForMapReady(page);
  await page.getByRole('button', { name: 'Generate from a place' }).click();
  await expect(page.getByLabel('Sealed zone radius (m)')).toHaveValue('100');
  await expect(page.getByLabel('Precaution zone radius (m)')).toHaveValue('2000');
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2 - 120, box.y + box.height / 2 + 40);
  await expect(page.getByText('Three zones generated')).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('E2E place');
  await page.screenshot({ path: `${SCREENS}/zones-generate.png` });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByTestId('zone-item').filter({ hasText: 'E2E place ·' })).toHaveCount(3);
});

test('staff generate the three zones around a building outline they draw, see three drafts, save; the public map shows them', async ({ page }) => {
  // Two signed-in maps zoomed to a block and the public map: SwiftShader takes seconds a frame at this zoom.
  test.slow();
  const errors = collectPageErrors(page);
  await signInAs(page, 'staff');
  await page.goto('/staff/zones');
  await waitForMapReady(page);
  await page.getByRole('button', { name: 'Generate from a building' }).click();
  // The built-in basemap has no buildings to pick: staff draw the outline.
  await expect(page.getByText('This basemap has no building layer')).toBeVisible();
  await expect(page.getByLabel('Sealed zone distance from the outline (m)')).toHaveValue('0');
  await expect(page.getByLabel('Controlled zone distance from the outline (m)')).toHaveValue('500');
  await expect(page.getByLabel('Precaution zone distance from the outline (m)')).toHaveValue('2000');
  await page.getByRole('button', { name: 'Generate the zones' }).click();
  await expect(page.locator('.form-error')).toHaveText('Draw, pick or paste the building’s outline first.');

  // Zoomed in on a block, an L-shaped building drawn corner by corner (corners 50+ px apart on screen).
  await page.evaluate(() => window.gridwatchMap!.jumpTo({ zoom: 15 }));
  await waitForMapReady(page);
  const outline = await page.evaluate(() => {
    const map = window.gridwatchMap!;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    return [[0, 0], [120, 0], [120, -50], [50, -50], [50, -120], [0, -120]].map(([dx, dy]) => map.unproject([width / 2 + dx, height / 2 + 60 + dy]).toArray() as [number, number]);
  });
  await drawPolygon(page, outline);
  await page.getByRole('button', { name: 'Generate the zones' }).click();
  await expect(page.getByText('Three zones generated')).toBeVisible();
  expect(await page.evaluate(() => window.gridwatchDraw!.getSnapshot().filter((f) => f.geometry.type === 'Polygon').length)).toBe(3);
  await page.getByLabel('Name', { exact: true }).fill('E2E building');
  await page.evaluate(() => window.gridwatchMap!.jumpTo({ zoom: 13.2 }));
  await page.screenshot({ path: `${SCREENS}/zones-generate-building.png` });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByTestId('zone-item').filter({ hasText: 'E2E building ·' })).toHaveCount(3);

  // Sealed is the building itself (its six corners); controlled follows the outline 500 m out, so it is
  // larger than a 500 m circle around one point would be.
  const zones = (await (await page.request.get('/api/zones')).json()) as { features: { geometry: MultiPolygon; properties: { name: string } }[] };
  const byName = (name: string) => zones.features.find((f) => f.properties.name === name)!.geometry;
  const sealed = byName('E2E building · Sealed zone');
  expect(sealed.coordinates).toHaveLength(1);
  expect(sealed.coordinates[0][0]).toHaveLength(7);
  expect(area(byName('E2E building · Controlled zone'))).toBeGreaterThan(Math.PI * 500 ** 2 + area(sealed));
  expect(booleanContains(byName('E2E building · Precaution zone'), byName('E2E building · Controlled zone'))).toBe(true);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  await waitForMapReady(page);
  await page.evaluate((lngLat) => window.gridwatchMap!.jumpTo({ center: lngLat, zoom: 14 }), outline[0]);
  await waitForMapReady(page);
  await expect
    .poll(async () => (await renderedFeatures(page, ['zones-fill-sealed', 'zones-fill-controlled', 'zones-fill-precaution'])).map((f) => f.properties.name))
    .toEqual(expect.arrayContaining(['E2E building · Sealed zone', 'E2E building · Controlled zone', 'E2E building · Precaution zone']));
  expect(errors, errors.join('\n')).toEqual([]);
});

test('on a basemap with buildings, staff pick a building by clicking it and the zones follow its footprint', async ({ page }) => {
  await signInAs(page, 'staff');
  await page.goto('/staff/zones');
  await waitForMapReady(page);
  await page.evaluate(() => window.gridwatchMap!.jumpTo({ zoom: 17 }));
  await waitForMapReady(page);
  // The configured basemap has no buildings: a vector source with one footprint in a `building` layer
  // (as OpenMapTiles names it), its tiles made here, stands in for a city basemap.
  const footprint = await page.evaluate(() => {
    const map = window.gridwatchMap!;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    const ring = [[-60, -40], [60, -40], [60, 40], [-60, 40], [-60, -40]].map(([dx, dy]) => map.unproject([width / 2 + 80 + dx, height / 2 + dy]).toArray());
    return { type: 'Polygon' as const, coordinates: [ring] };
  });
  await page.route('**/e2e-buildings/**', async (route) => {
    const [z, x, y] = new URL(route.request().url()).pathname.split('/').slice(-3).map((part) => Number.parseInt(part, 10));
    // The footprint in this tile's coordinates (Web Mercator, extent 4096), unclipped: MapLibre clips it.
    const toTile = ([lng, lat]: number[]) => {
      const n = 2 ** z;
      const sin = Math.sin((lat * Math.PI) / 180);
      const ty = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n;
      return [Math.round((((lng + 180) / 360) * n - x) * 4096), Math.round((ty - y) * 4096)];
    };
    const tile = { features: [{ id: 7, type: 3 as const, tags: {}, geometry: [footprint.coordinates[0].map(toTile)] }] };
    const body = Buffer.from(fromGeojsonVt({ building: tile } as never, { version: 2, extent: 4096 }));
    await route.fulfill({ status: 200, contentType: 'application/x-protobuf', body });
  });
  await page.evaluate(() => {
    const map = window.gridwatchMap!;
    map.addSource('e2e-buildings', { type: 'vector', tiles: [`${location.origin}/e2e-buildings/{z}/{x}/{y}`], minzoom: 14, maxzoom: 18 });
    map.addLayer({ id: 'e2e-building', type: 'fill', source: 'e2e-buildings', 'source-layer': 'building', paint: { 'fill-color': '#8d8d8d' } });
  });
  await expect.poll(() => renderedFeatures(page, ['e2e-building']).then((f) => f.length)).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Generate from a building' }).click();
  await page.getByRole('button', { name: 'Pick a building on the basemap' }).click();
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2 - 150, box.y + box.height / 2 + 150);
  await expect(page.locator('.form-error')).toHaveText('No building there.');
  await page.mouse.click(box.x + box.width / 2 + 80, box.y + box.height / 2);
  await expect(page.getByRole('button', { name: 'Pick a building on the basemap' })).toBeVisible();
  const picked = await page.evaluate(() => window.gridwatchDraw!.getSnapshot().filter((f) => f.geometry.type === 'Polygon').map((f) => f.geometry));
  expect(picked).toHaveLength(1);
  expect(area(picked[0] as Polygon) / area(footprint)).toBeCloseTo(1, 1);

  await page.getByRole('button', { name: 'Generate the zones' }).click();
  await expect(page.getByText('Three zones generated')).toBeVisible();
  const drafts = await page.evaluate(() => window.gridwatchDraw!.getSnapshot().filter((f) => f.geometry.type === 'Polygon').map((f) => ({ kind: f.properties.kind, geometry: f.geometry })));
  expect(drafts.map((d) => d.kind)).toEqual(['sealed', 'controlled', 'precaution']);
  expect(area(drafts[0].geometry as Polygon) / area(footprint)).toBeCloseTo(1, 1);
  await page.getByRole('button', { name: 'Cancel' }).click();
});

test('a case entered by clicking the map stays a draft, out of /api/cases and /api/check, previews what the public sees with an address warning, then publishes; the audit log has both', async ({ page }) => {
  await openNewCase(page, 'E2E-1');
  const box = (await page.getByTestId('map').boundingBox())!;
  const market = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.click(market.x, market.y);
  await page.mouse.click(box.x + box.width / 2 + 60, box.y + box.height / 2 + 30);
  await expect(page.getByTestId('visit-row')).toHaveCount(2);
  await page.getByLabel('Place 1').fill('Guro Market');
  await page.getByLabel('from 1').fill('2020-03-20T10:00');
  await page.getByLabel('to 1').fill('2020-03-20T11:00');
  await page.getByLabel('Place 2').fill('幸福小区 3号楼 2单元 501室');
  // Warned while typing, before any preview.
  await expect(page.getByTestId('visit-row').nth(1).getByTestId('personal-data-warning')).toContainText('looks like a home address');
  await expect(page.getByTestId('visit-row').nth(0).getByTestId('personal-data-warning')).toHaveCount(0);
  // A resident who stood at the market for that hour (the form's times are the browser's local time).
  const marketLngLat = await page.evaluate(({ x, y }) => {
    const map = window.gridwatchMap!;
    const canvas = map.getCanvas().getBoundingClientRect();
    return map.unproject([x - canvas.left, y - canvas.top]).toArray() as [number, number];
  }, market);
  const hour = await page.evaluate(() => [0, 10, 20, 30, 40, 50, 60].map((m) => new Date('2020-03-20T10:00').getTime() + m * 60_000));
  const resident = () => overlapCodes(page.request, hour.map(() => marketLngLat), hour);
  await page.screenshot({ path: `${SCREENS}/cases-edit.png` });
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByTestId('case-preview')).toContainText('What the public will see: E2E-1');
  await expect(page.getByTestId('case-preview').locator('.form-error')).toContainText('looks like a home address');
  await page.screenshot({ path: `${SCREENS}/cases-preview.png` });
  const codes = async () => ((await (await page.request.get('/api/cases')).json()) as { features: { properties: { caseCode: string } }[] }).features.map((f) => f.properties.caseCode);
  expect(await codes()).not.toContain('E2E-1');
  expect(await resident()).not.toContain('E2E-1');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('button', { name: 'Take back (unpublish)' })).toBeVisible();
  expect(await codes()).toContain('E2E-1');
  expect(await resident()).toContain('E2E-1');
  // Editing a published case says the public sees the change at once.
  await page.getByTestId('case-preview').getByRole('button', { name: 'Reshape', exact: true }).click();
  await expect(page.getByTestId('editing-published')).toContainText('saving changes what the public sees at once');
  await page.getByRole('button', { name: 'Cancel' }).click();
  // One click from the published case to its notice for group chats.
  await expect(page.getByRole('link', { name: 'Case activity notice' })).toHaveAttribute('href', '/notices/E2E-1');

  await page.goto('/staff/audit?type=case');
  // The entries name the case by its code; actions in the reader's language.
  const rows = page.getByTestId('audit-table').locator('tbody tr').filter({ hasText: 'E2E-1' });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator('td').nth(2)).toHaveText('published');
  await expect(rows.nth(1).locator('td').nth(2)).toHaveText('created');
  await expect(rows.nth(1).locator('td').nth(1)).toHaveText('staff');
});

test('two staff edit the same zone: the second save gets a conflict showing the other’s change', async ({ page, browser }) => {
  await signInAs(page, 'staff');
  await page.goto('/staff/zones');
  await waitForMapReady(page);
  const item = page.getByTestId('zone-item').filter({ hasText: 'E2E sealed <b>block</b>' });
  await item.getByRole('button', { name: 'Reshape' }).click();
  // The note is public: a phone number in it gets a warning (saving stays allowed), which goes once it is removed.
  await expect(page.getByText('The name and note are public')).toBeVisible();
  await page.getByLabel('Note').fill('key with the neighbour, call 138 1234 5678');
  await expect(page.getByTestId('personal-data-warning')).toContainText('mobile phone number');
  await page.getByLabel('Note').fill('widened to the east gate');
  await expect(page.getByTestId('personal-data-warning')).toHaveCount(0);

  // Meanwhile a colleague in another browser lifts the same zone.
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const otherPage = await other.newPage();
  await signInAs(otherPage, 'staff2');
  type ZoneFeature = { id: number; geometry: MultiPolygon; properties: { name: string; kind: string; effectiveFrom: string; version: number } };
  const zones = (await (await otherPage.request.get('/api/zones')).json()) as { features: ZoneFeature[] };
  const target = zones.features.find((f) => f.properties.name === 'E2E sealed <b>block</b>')!;
  // They move the boundary 0.002° east, then lift the zone.
  const moved: MultiPolygon = { type: 'MultiPolygon', coordinates: target.geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(([lng, lat]) => [lng + 0.002, lat]))) };
  const { name, kind, effectiveFrom } = target.properties;
  const reshaped = await otherPage.request.put(`/api/staff/zones/${target.id}`, { data: { name, kind, effectiveFrom, geometry: moved, version: target.properties.version } });
  expect(reshaped.status(), await reshaped.text()).toBe(200);
  expect((await otherPage.request.post(`/api/staff/zones/${target.id}/lift`, { data: { version: target.properties.version + 1 } })).status()).toBe(200);
  await other.close();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = page.locator('.form-error');
  await expect(conflict).toContainText('Conflict: staff2 changed this zone');
  await expect(conflict.locator('dl')).toContainText('Lifted');
  // Their boundary is named as changed and drawn on the map.
  await expect(page.getByTestId('conflict-boundary')).toHaveText('changed by them — shown dashed red on the map');
  await waitForMapReady(page);
  await expect.poll(async () => (await renderedFeatures(page, ['conflict-zone-line'])).length).toBeGreaterThan(0);
  await page.screenshot({ path: `${SCREENS}/zones-conflict.png` });
  await page.reload();
  await expect(page.getByText('widened to the east gate')).toHaveCount(0);
});

test('the zones list is searched on the server by kind (in either language) and name; the map still draws every zone', async ({ page }) => {
  await signInAs(page, 'staff');
  await page.goto('/staff/zones');
  const all = Number(await page.getByTestId('zones-search').getAttribute('data-total'));
  const search = page.getByRole('searchbox', { name: 'Search zone, category or community' });
  await search.fill('管控区');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/staff\/zones\?q=/);
  const items = page.getByTestId('zone-item');
  await expect(items.first()).toBeVisible();
  const total = Number(await page.getByTestId('zones-search').getAttribute('data-total'));
  expect(total).toBeGreaterThanOrEqual(4);
  expect(total).toBeLessThan(all);
  for (const item of await items.all()) await expect(item.locator('.meta').first()).toHaveText(/^Controlled zone/);
  // The map reads the zones from /api/zones, not from the page: the sealed zones the search left out are drawn.
  await waitForMapReady(page);
  await expect.poll(async () => (await renderedFeatures(page, ['zones-fill-sealed'])).length).toBeGreaterThan(0);

  await page.goto('/staff/zones?q=magok-dong%20COMPOUND');
  await expect(items).toHaveCount(1);
  await expect(items).toContainText('Sealed · Magok-dong compound');
  await expect(page.getByTestId('zones-search')).toContainText('1–1 of 1');
  await page.getByRole('link', { name: 'Clear' }).click();
  await expect(page.getByTestId('zones-search')).toHaveAttribute('data-total', String(all));
});

test('an official sees the zones read-only and the API refuses their save', async ({ page }) => {
  await signInAs(page, 'official');
  await page.goto('/staff/zones');
  await expect(page.getByText('Your role is read-only')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Draw a new zone' })).toHaveCount(0);
  const response = await page.request.post('/api/staff/zones', {
    data: { kind: 'sealed', name: 'Official', effectiveFrom: '2022-04-01T00:00:00+08:00', geometry: { type: 'Polygon', coordinates: [[[126.88, 37.49], [126.89, 37.49], [126.89, 37.5], [126.88, 37.49]]] } },
  });
  expect(response.status()).toBe(403);
});

test('the audit log shows the zone change with who made it, filtered by object', async ({ page }) => {
  await signInAs(page, 'staff');
  await page.goto('/staff/audit?type=zone');
  const rows = page.getByTestId('audit-table').locator('tbody tr').filter({ hasText: 'E2E sealed <b>block</b>' });
  // Newest first: staff2's reshape and lift (the conflict test), then staff's creation; actions in the reader's language.
  await expect(rows.nth(0).locator('td').nth(1)).toHaveText('staff2');
  await expect(rows.nth(0).locator('td').nth(2)).toHaveText('lifted');
  await expect(rows.nth(1).locator('td').nth(1)).toHaveText('staff2');
  await expect(rows.nth(1).locator('td').nth(2)).toHaveText('changed');
  await expect(rows.nth(2).locator('td').nth(1)).toHaveText('staff');
  await expect(rows.nth(2).locator('td').nth(2)).toHaveText('created');
  // Changes read as before → after, times local: the lift sets "lifted at".
  await expect(rows.nth(0).locator('td').nth(4)).toContainText('lifted at');
  await rows.nth(2).getByRole('link').click();
  await expect(page).toHaveURL(/type=zone&id=\d+/);
  await expect(page.getByTestId('audit-table').locator('tbody tr')).toHaveCount(3);
  expect(await page.locator('.audit-table b').count()).toBe(0);
  await page.screenshot({ path: `${SCREENS}/audit.png`, fullPage: true });
  await page.getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { name: 'Residents’ reports to follow up' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/reports.png` });
});
