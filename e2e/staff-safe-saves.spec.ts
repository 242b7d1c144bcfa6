import { expect, test, type Page } from '@playwright/test';
import { signInAs } from './helpers/auth';
import { collectPageErrors, waitForMapReady } from './helpers/map';

const SCREENS = 'test-results/staff-screens';
test.use({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });

const visit = (place: string, hour: number, lng = 126.885) => ({ place, lngLat: [lng, 37.495], start: `2020-03-09T${hour}:00:00+09:00`, end: `2020-03-09T${hour}:30:00+09:00` });
type CaseRow = { code: string; version: number; visits: { place: string | null }[] };
const staffCase = async (page: Page, code: string) => {
  const body = (await (await page.request.get(`/api/staff/cases?code=${encodeURIComponent(code)}`)).json().catch(() => null)) as { cases?: CaseRow[] } | null;
  return body?.cases?.find((c) => c.code === code);
};

test('an import is previewed first: the published case it would shrink needs a tick, the new case is listed, and only then is it saved', async ({ page }) => {
  const errors = collectPageErrors(page);
  await signInAs(page, 'staff');
  const code = 'E2E-IMP-1';
  expect((await page.request.post('/api/staff/cases', { data: { code, reportedAt: '2020-03-10T12:00:00+09:00', visits: [visit('Bakery', 10), visit('Library', 12), visit('Gym', 14)] } })).status()).toBe(201);
  expect((await page.request.post(`/api/staff/cases/${code}/publish`, { data: { isPublished: true } })).status()).toBe(200);
  const file = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { caseCode: code, place: 'Bakery', start: '2020-03-09T10:00:00+09:00', end: '2020-03-09T10:30:00+09:00' }, geometry: { type: 'Point', coordinates: [126.885, 37.495] } },
      { type: 'Feature', properties: { caseCode: 'E2E-IMP-2', place: 'Far away', start: '2020-03-09T10:00:00+09:00', end: '2020-03-09T11:00:00+09:00' }, geometry: { type: 'Point', coordinates: [37.495, 126.885 - 90] } },
    ],
  };
  await page.goto('/staff/cases');
  await waitForMapReady(page);
  await page.getByTestId('case-import-file').setInputFiles({ name: 'update.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(file)) });
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('Import preview: update.geojson');
  await expect(preview.getByTestId('import-changed')).toContainText(`${code} (published, version 2): 0 visits added, 2 removed`);
  await expect(preview.getByTestId('import-changed')).toContainText('Library');
  await expect(preview.getByTestId('import-new')).toContainText('E2E-IMP-2: 1 visits');
  await expect(preview.getByTestId('import-warnings')).toContainText('outside the district');
  await expect(preview).toContainText(`The public tracks of these published cases would be replaced: ${code}`);
  await page.screenshot({ path: `${SCREENS}/cases-import-preview.png`, fullPage: true });
  const importButton = preview.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();
  // Nothing is saved by the preview.
  expect((await staffCase(page, code))?.visits).toHaveLength(3);
  await preview.getByLabel('I confirm replacing the tracks of these published cases').check();
  await importButton.click();
  await expect(page.locator('.form-ok')).toContainText('Imported: 1 new cases, 1 updated.');
  expect((await staffCase(page, code))?.visits.map((v) => v.place)).toEqual(['Bakery']);
  expect(errors).toEqual([]);
});

test('two staff edit one case: the second save shows what the first changed, keeps the typed edit, and re-applies it', async ({ page, browser }) => {
  await signInAs(page, 'staff');
  const code = 'E2E-CON-1';
  expect((await page.request.post('/api/staff/cases', { data: { code, reportedAt: '2020-03-10T12:00:00+09:00', visits: [visit('Market', 10)] } })).status()).toBe(201);
  await page.goto('/staff/cases');
  await waitForMapReady(page);
  await page.getByTestId('case-item').filter({ hasText: code }).getByRole('button', { name: code }).click();
  await page.getByTestId('case-preview').getByRole('button', { name: 'Reshape', exact: true }).click();
  await page.getByLabel('Place 1').fill('Market, north entrance');
  // Typed text survives a reload.
  await page.reload();
  await expect(page.getByText('Your last unsaved edit was restored.')).toBeVisible();
  await expect(page.getByLabel('Place 1')).toHaveValue('Market, north entrance');

  // Meanwhile a colleague adds a visit to the same case.
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const otherPage = await other.newPage();
  await signInAs(otherPage, 'staff2');
  const theirs = await otherPage.request.post('/api/staff/cases', { data: { code, version: 1, reportedAt: '2020-03-10T12:00:00+09:00', visits: [visit('Market', 10), visit('Pharmacy', 12)] } });
  expect(theirs.status(), await theirs.text()).toBe(201);
  await other.close();

  await page.getByRole('button', { name: 'Save as draft' }).click();
  const conflict = page.getByTestId('case-conflict');
  await expect(conflict).toContainText(`Someone else changed case ${code} (you read version 1; it is now version 2)`);
  await expect(conflict).toContainText('They changed: visits');
  await expect(conflict.getByTestId('conflict-theirs')).toContainText('Pharmacy');
  await expect(page.getByLabel('Place 1')).toHaveValue('Market, north entrance');
  await page.screenshot({ path: `${SCREENS}/cases-conflict.png`, fullPage: true });
  expect((await staffCase(page, code))?.visits.map((v) => v.place)).toEqual(['Market', 'Pharmacy']);

  await conflict.getByRole('button', { name: 'Re-apply my edit on top of their version' }).click();
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.locator('.form-ok')).toContainText('Saved.');
  expect(await staffCase(page, code)).toMatchObject({ version: 3, visits: [{ place: 'Market, north entrance' }] });
});

test('lifting a zone asks first and can be undone; the undo is in the audit log', async ({ page }) => {
  await signInAs(page, 'staff');
  const created = await page.request.post('/api/staff/zones', {
    data: { kind: 'controlled', name: 'Controlled · E2E undo', effectiveFrom: '2020-03-01T00:00:00+09:00', geometry: { type: 'Polygon', coordinates: [[[126.88, 37.49], [126.881, 37.49], [126.881, 37.491], [126.88, 37.491], [126.88, 37.49]]] } },
  });
  expect(created.status(), await created.text()).toBe(201);
  await page.goto('/staff/zones');
  await waitForMapReady(page);
  const item = page.getByTestId('zone-item').filter({ hasText: 'Controlled · E2E undo' });

  // Dismissing the question changes nothing.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await item.getByRole('button', { name: 'Lift now' }).click();
  await expect(item).toBeVisible();
  await expect(page.getByTestId('zone-notice')).toHaveCount(0);

  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('Lift “Controlled · E2E undo”?');
    void dialog.accept();
  });
  await item.getByRole('button', { name: 'Lift now' }).click();
  const notice = page.getByTestId('zone-notice');
  await expect(notice).toContainText('Lifted “Controlled · E2E undo”. You can undo this for 10 min.');
  await page.screenshot({ path: `${SCREENS}/zones-lift-undo.png` });
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice).toContainText('Undone.');
  const zones = (await (await page.request.get('/api/zones')).json()) as { features: { properties: { name: string } }[] };
  expect(zones.features.map((f) => f.properties.name)).toContain('Controlled · E2E undo');
  await page.goto('/staff/audit');
  await expect(page.locator('table')).toContainText('undo-lift');
});

type RoundRow = { id: number; communityId: number; version: number; positives: number; note: string | null; testedOn: string; peopleTested: number };
const roundById = async (page: Page, id: number) => ((await (await page.request.get('/api/staff/rounds')).json()) as { rounds: RoundRow[] }).rounds.find((r) => r.id === id);

test('two staff correct one testing round: the second save shows their round beside mine field by field, keeps my edit and re-applies it', async ({ page, browser }) => {
  const errors = collectPageErrors(page);
  await signInAs(page, 'staff');
  const { rounds } = (await (await page.request.get('/api/staff/rounds')).json()) as { rounds: RoundRow[] };
  const communityId = rounds[0].communityId;
  const testedOn = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
  const fields = { communityId, gridCellId: null, roundNumber: 90, testedOn, peopleTested: 800, positives: 0, note: 'E2E round conflict' };
  const created = await page.request.post('/api/staff/rounds', { data: fields });
  expect(created.status(), await created.text()).toBe(201);
  const { round } = (await created.json()) as { round: RoundRow };

  await page.goto(`/staff/rounds?community=${communityId}`);
  await page.getByTestId('round-row').filter({ hasText: 'E2E round conflict' }).getByRole('button', { name: 'Edit' }).click();
  const form = page.locator('form.staff-form');
  await form.getByLabel('Note', { exact: true }).fill('E2E round conflict, recounted');

  // Meanwhile a colleague corrects the positives of the same round.
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const otherPage = await other.newPage();
  await signInAs(otherPage, 'staff2');
  const theirs = await otherPage.request.put(`/api/staff/rounds/${round.id}`, { data: { ...fields, version: 1, positives: 2 } });
  expect(theirs.status(), await theirs.text()).toBe(200);
  await other.close();

  await form.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = page.getByTestId('round-conflict');
  await expect(conflict).toContainText('Someone else changed this testing round (you read version 1; it is now version 2). Nothing was saved.');
  await expect(conflict).toContainText('They changed: Positives');
  const rows = conflict.getByTestId('conflict-fields').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Positives' })).toHaveAttribute('data-their-change', 'true');
  await expect(rows.filter({ hasText: 'Positives' }).locator('td')).toHaveText(['2 (changed by them)', '0']);
  await expect(rows.filter({ hasText: 'Note' }).locator('td')).toHaveText(['E2E round conflict', 'E2E round conflict, recounted']);
  await expect(form.getByLabel('Note', { exact: true })).toHaveValue('E2E round conflict, recounted');
  await page.screenshot({ path: `${SCREENS}/rounds-conflict.png`, fullPage: true });
  expect(await roundById(page, round.id)).toMatchObject({ version: 2, positives: 2, note: 'E2E round conflict' });

  await conflict.getByRole('button', { name: 'Re-apply my edit on top of their version' }).click();
  await expect(conflict).toHaveCount(0);
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('round-notice')).toContainText('Saved round 90.');
  expect(await roundById(page, round.id)).toMatchObject({ version: 3, positives: 0, note: 'E2E round conflict, recounted' });
  expect((await page.request.delete(`/api/staff/rounds/${round.id}`)).status()).toBe(200);
  // The refused save's 409 is the browser's own log line, and expected here; nothing else may be logged.
  expect(errors.filter((e) => !/\b409\b/.test(e))).toEqual([]);
});

test.describe('on a phone in Chinese', () => {
  test.use({ locale: 'zh-CN', viewport: { width: 360, height: 780 } });

  test('the import preview (of a UTF-16 file) and the zone undo read in Chinese at 360 px', async ({ page, context }) => {
    const errors = collectPageErrors(page);
    await context.addCookies([{ name: 'gridwatch-lang', value: 'zh-CN', url: test.info().project.use.baseURL! }]);
    await signInAs(page, 'staff');
    await page.goto('/staff/cases');
    const file = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { caseCode: 'E2E-ZH-1', place: '菜市场', start: '2020-03-09T10:00:00+09:00', end: '2020-03-09T11:00:00+09:00' }, geometry: { type: 'Point', coordinates: [126.885, 37.495] } }] };
    // Saved as Notepad's "Unicode" (UTF-16 LE with a BOM): the picker decodes it by the BOM.
    await page.getByTestId('case-import-file').setInputFiles({ name: '更新.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(`\uFEFF${JSON.stringify(file)}`, 'utf16le') });
    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText('导入预览：更新.geojson');
    await expect(preview.getByTestId('import-new')).toContainText('E2E-ZH-1：1 处');
    await page.screenshot({ path: `${SCREENS}/cases-import-preview-360-zh.png`, fullPage: true });
    await preview.getByRole('button', { name: '导入', exact: true }).click();
    await expect(page.locator('.form-ok')).toContainText('已导入：新增 1 例');
    expect(errors).toEqual([]);
  });
});
