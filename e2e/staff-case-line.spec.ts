import { expect, test, type APIRequestContext } from '@playwright/test';
import { openNewCase } from './helpers/auth';
import { overlapCodes } from './helpers/check';
import { dragOnMap, drawLine, screenPointOf, type LngLat } from './helpers/draw';
import { collectPageErrors, renderedFeatures, waitForMapReady } from './helpers/map';

const SCREENS = 'test-results/staff-screens';

test.use({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });

type CaseFeature = { geometry: { type: string; coordinates: LngLat[] }; properties: { caseCode: string; place: string | null; coordTimes?: string[] } };

async function publishedLine(request: APIRequestContext, code: string): Promise<CaseFeature | undefined> {
  const body = (await (await request.get('/api/cases')).json()) as { features: CaseFeature[] };
  return body.features.find((f) => f.properties.caseCode === code);
}

test('staff draw a movement line, time its vertices by distance, fix a time that goes back, save, publish; the check finds a resident who walked it', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openNewCase(page, 'E2E-LINE');

  // A bus ride across the middle of the map, vertices 90–150 px apart on screen (terra-draw finishes a
  // line when a click lands within 40 px of its last vertex).
  const route = await page.evaluate(() => {
    const map = window.gridwatchMap!;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    return [[-200, 60], [-80, 60], [40, 0], [130, -80]].map(([dx, dy]) => map.unproject([width / 2 + dx, height / 2 + dy]).toArray() as [number, number]);
  });
  await page.getByRole('button', { name: 'Draw a movement line' }).click();
  await expect(page.getByText('press Enter to finish')).toBeVisible();
  await drawLine(page, route);
  const editor = page.getByTestId('movement-editor');
  await expect(editor).toHaveCount(1);
  await expect(editor.getByTestId('vertex-row')).toHaveCount(4);
  await editor.getByLabel('Movement 1', { exact: true }).fill('Bus 7 from A to B');

  // First and last times, then the helper times the two vertices between by distance.
  await page.getByLabel('Movement 1, vertex 1 time').fill('2020-03-20T10:00:00');
  await page.getByLabel('Movement 1, vertex 4 time').fill('2020-03-20T10:20:00');
  await page.getByRole('button', { name: 'Time all by distance from first and last' }).click();
  const middle = [await page.getByLabel('Movement 1, vertex 2 time').inputValue(), await page.getByLabel('Movement 1, vertex 3 time').inputValue()];
  expect(middle[0] > '2020-03-20T10:00:00' && middle[0] < middle[1] && middle[1] < '2020-03-20T10:20:00', middle.join(' ')).toBe(true);

  // A typo that sends vertex 3 back in time is named at that vertex, and saving is refused.
  await page.getByLabel('Movement 1, vertex 3 time').fill('2020-03-20T09:03:00');
  await expect(editor.getByTestId('vertex-row').nth(2).getByRole('alert')).toHaveText('Earlier than vertex 2: times must not go back');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Fix the times marked in red first.' })).toBeVisible();
  await page.getByLabel('Movement 1, vertex 3 time').fill('');
  await page.getByRole('button', { name: 'Fill empty times by distance' }).click();
  await expect(editor.getByRole('alert')).toHaveCount(0);
  const refilled = await page.getByLabel('Movement 1, vertex 3 time').inputValue();
  expect(refilled > (await page.getByLabel('Movement 1, vertex 2 time').inputValue()) && refilled < '2020-03-20T10:20:00', refilled).toBe(true);

  // The track on the map follows the editor.
  await waitForMapReady(page);
  await expect.poll(async () => (await renderedFeatures(page, ['case-tracks-line'])).map((f) => f.properties.place)).toContain('Bus 7 from A to B');
  // The line's clicks added no place: the case has the movement only.
  await expect(page.getByTestId('visit-row')).toHaveCount(1);
  await page.getByLabel('Movement 1, vertex 2 time').focus();
  await waitForMapReady(page);
  await page.getByLabel('Case code').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/cases-line.png` });

  await page.getByRole('button', { name: 'Save as draft' }).click();
  const preview = page.getByTestId('case-preview');
  await expect(preview).toContainText('What the public will see: E2E-LINE');
  await expect(preview).toContainText('Bus 7 from A to B');
  expect(await publishedLine(page.request, 'E2E-LINE')).toBeUndefined();

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('button', { name: 'Take back (unpublish)' })).toBeVisible();
  const line = await publishedLine(page.request, 'E2E-LINE');
  expect(line?.geometry.type).toBe('LineString');
  expect(line?.geometry.coordinates).toHaveLength(4);
  expect(line?.properties.place).toBe('Bus 7 from A to B');
  const times = (line?.properties.coordTimes ?? []).map((t) => Date.parse(t));
  expect(times).toHaveLength(4);
  expect(times[3] - times[0]).toBe(20 * 60_000);

  // A resident on the same bus overlaps the case; one who took the same route an hour later does not.
  const coordinates = line!.geometry.coordinates;
  expect(await overlapCodes(page.request, coordinates, times)).toContain('E2E-LINE');
  expect(await overlapCodes(page.request, coordinates, times.map((t) => t + 3_600_000))).not.toContain('E2E-LINE');

  // Editing the case again keeps the movement with its times.
  await page.getByRole('button', { name: 'Reshape' }).click();
  // (Chromium drops ":00" seconds from the value.)
  await expect(page.getByLabel('Movement 1, vertex 4 time')).toHaveValue(/^2020-03-20T10:20(:00)?$/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(errors, errors.join('\n')).toEqual([]);
});

test('staff reshape a drawn movement on the map: a dragged vertex keeps its time, an inserted one is filled in, a deleted one takes its time along', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openNewCase(page, 'E2E-RESHAPE');
  const [route, moved] = await page.evaluate(() => {
    const map = window.gridwatchMap!;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    const at = ([dx, dy]: number[]) => map.unproject([width / 2 + dx, height / 2 + dy]).toArray() as [number, number];
    return [[[-180, 60], [0, 60], [180, -60]].map(at), at([0, -90])];
  });
  await page.getByRole('button', { name: 'Draw a movement line' }).click();
  await drawLine(page, route);
  const rows = page.getByTestId('movement-editor').getByTestId('vertex-row');
  await expect(rows).toHaveCount(3);
  await page.getByLabel('Movement 1', { exact: true }).fill('Walk along the river');
  const time = (vertex: number) => page.getByLabel(`Movement 1, vertex ${vertex} time`);
  await time(1).fill('2020-03-21T10:00:00');
  await time(2).fill('2020-03-21T10:10:00');
  await time(3).fill('2020-03-21T10:20:00');

  await page.getByRole('button', { name: 'Reshape on the map' }).click();
  await expect(page.getByText('Drag a vertex to move it')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Done reshaping' })).toHaveAttribute('aria-pressed', 'true');

  // Vertex 2 dragged 150 px up: still three vertices, and its time stays with it.
  await dragOnMap(page, route[1], moved);
  await expect(rows).toHaveCount(3);
  await expect(time(2)).toHaveValue(/^2020-03-21T10:10(:00)?$/);

  // A click on the midpoint between vertices 1 and 2 inserts a vertex with no time yet.
  const midpoint: LngLat = [(route[0][0] + moved[0]) / 2, (route[0][1] + moved[1]) / 2];
  const mid = await screenPointOf(page, midpoint);
  await page.mouse.click(mid.x, mid.y);
  await expect(rows).toHaveCount(4);
  await expect(time(2)).toHaveValue('');
  await expect(time(3)).toHaveValue(/^2020-03-21T10:10(:00)?$/);
  await expect(time(4)).toHaveValue(/^2020-03-21T10:20(:00)?$/);
  await page.screenshot({ path: `${SCREENS}/cases-line-reshaping.png` });

  // A right-click deletes the last vertex and its time: the moved vertex ends the movement at 10:10.
  const last = await screenPointOf(page, route[2]);
  await page.mouse.click(last.x, last.y, { button: 'right' });
  await expect(rows).toHaveCount(3);
  await expect(time(3)).toHaveValue(/^2020-03-21T10:10(:00)?$/);
  await page.getByRole('button', { name: 'Fill empty times by distance' }).click();
  const filled = await time(2).inputValue();
  expect(filled > '2020-03-21T10:00' && filled < '2020-03-21T10:10', filled).toBe(true);

  // None of those clicks added a place; done, the map takes place clicks again.
  await page.getByRole('button', { name: 'Done reshaping' }).click();
  await expect(page.getByText('Drag a vertex to move it')).toHaveCount(0);
  await expect(page.getByTestId('visit-row')).toHaveCount(1);
  await page.screenshot({ path: `${SCREENS}/cases-line-reshaped.png` });

  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByTestId('case-preview')).toContainText('Walk along the river');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('button', { name: 'Take back (unpublish)' })).toBeVisible();
  const line = await publishedLine(page.request, 'E2E-RESHAPE');
  const coordinates = line?.geometry.coordinates ?? [];
  expect(coordinates).toHaveLength(3);
  // Where the vertices were put, to within a few pixels of the pointer.
  const pixelsApart = async (a: LngLat, b: LngLat) => {
    const [p, q] = [await screenPointOf(page, a), await screenPointOf(page, b)];
    return Math.hypot(p.x - q.x, p.y - q.y);
  };
  expect(await pixelsApart(coordinates[0], route[0])).toBeLessThan(1);
  expect(await pixelsApart(coordinates[1], midpoint)).toBeLessThan(12);
  expect(await pixelsApart(coordinates[2], moved)).toBeLessThan(3);
  const times = (line?.properties.coordTimes ?? []).map((t) => Date.parse(t));
  expect(times[2] - times[0]).toBe(10 * 60_000);
  expect(times[0] < times[1] && times[1] < times[2]).toBe(true);
  expect(errors, errors.join('\n')).toEqual([]);
});
