import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from './helpers/auth';
import { collectPageErrors, waitForMapReady } from './helpers/map';

const SCREENS = 'test-results/staff-screens';
const FIXTURES = path.join(process.cwd(), 'lib/import/spreadsheet/fixtures');
/** Korean case routes (DS4C, real): headers patient_id, global_num, date, province, city, type, latitude, longitude. */
const DS4C = path.join(FIXTURES, 'ds4c-patient-route-seoul.csv');
/** The page's console errors, less the browser's own line for the expected 422 that opens the mapping step. */
const unexpected = (errors: string[]) => errors.filter((e) => !/\b422\b/.test(e));
const DS4C_CODES = ['1000000024', '1000000039', '1000000040', '1000000047', '1000000055'];

type CaseRow = { code: string; version: number; visits: { place: string | null }[] };
const staffCase = async (page: Page, code: string) => {
  const body = (await (await page.request.get(`/api/staff/cases?code=${encodeURIComponent(code)}`)).json().catch(() => null)) as { cases?: CaseRow[] } | null;
  return body?.cases?.find((c) => c.code === code);
};

test.describe('at 1440 px in English', () => {
  test.use({ locale: 'en-GB', viewport: { width: 1440, height: 900 } });

  test('a sheet with unknown headers asks which column holds what, previews with that mapping, and imports', async ({ page }) => {
    const errors = collectPageErrors(page);
    await signInAs(page, 'staff');
    await page.goto('/staff/cases');
    await waitForMapReady(page);
    await expect(page.getByRole('link', { name: 'XLSX' })).toHaveAttribute('href', '/api/staff/exports/case-template.xlsx');
    await page.getByTestId('case-import-file').setInputFiles(DS4C);

    const mapping = page.getByTestId('column-mapping');
    await expect(mapping).toContainText('Match the columns of ds4c-patient-route-seoul.csv');
    await expect(mapping.getByRole('alert')).toContainText('The header lacks required columns: 病例编号/caseCode');
    // The server's guesses are filled in; the case code is what it could not find.
    await expect(mapping.getByLabel('Date', { exact: true })).toHaveValue('2');
    await expect(mapping.getByLabel('Latitude', { exact: true })).toHaveValue('6');
    await expect(mapping.getByLabel('Classification', { exact: true })).toHaveValue('5');
    await expect(mapping.getByTestId('mapping-missing')).toHaveText('Still needed: Case code');
    const previewButton = mapping.getByRole('button', { name: 'Preview', exact: true });
    await expect(previewButton).toBeDisabled();
    await page.screenshot({ path: `${SCREENS}/cases-import-mapping-1440.png`, fullPage: true });

    await mapping.getByLabel('Case code', { exact: true }).selectOption({ label: 'A · patient_id' });
    // "type" is the kind of place, not a classification: making it the place frees it.
    await mapping.getByLabel('Place', { exact: true }).selectOption({ label: 'F · type' });
    await expect(mapping.getByLabel('Classification', { exact: true })).toHaveValue('');
    await expect(mapping).toContainText('e.g. “public_transportation”');
    await expect(mapping.getByTestId('mapping-missing')).toHaveCount(0);
    await previewButton.click();

    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText('Import preview: ds4c-patient-route-seoul.csv');
    await expect(preview.getByTestId('import-new')).toContainText('1000000024: 3 visits');
    await expect(preview.getByTestId('import-new').locator('li')).toHaveCount(5);
    await expect(preview.getByTestId('import-warnings')).toContainText('Row 2: the time range "2020-02-18" is read by convention and marked as approximate.');
    expect(await staffCase(page, '1000000055')).toBeUndefined();
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.locator('.form-ok')).toContainText('Imported: 5 new cases, 0 updated.');
    expect((await staffCase(page, '1000000055'))?.visits.map((v) => v.place)).toEqual(['store', 'restaurant']);

    // Leave the shared server as the other specs expect it.
    for (const code of DS4C_CODES) expect((await page.request.delete(`/api/staff/cases/${code}?version=1`)).status()).toBe(200);
    expect(unexpected(errors)).toEqual([]);
  });
});

test.describe('on a phone in Chinese', () => {
  test.use({ locale: 'zh-CN', viewport: { width: 360, height: 780 } });

  test('the mapping step reads in Chinese at 360 px, and an XLSX in GCJ-02 previews from the workspace', async ({ page, context }) => {
    const errors = collectPageErrors(page);
    await context.addCookies([{ name: 'gridwatch-lang', value: 'zh-CN', url: test.info().project.use.baseURL! }]);
    await signInAs(page, 'staff');
    await page.goto('/staff/cases');
    await page.getByTestId('case-import-file').setInputFiles(DS4C);
    const mapping = page.getByTestId('column-mapping');
    await expect(mapping).toContainText('对应表格的列：ds4c-patient-route-seoul.csv');
    await expect(mapping.getByRole('alert')).toContainText('表头缺少必需的列：病例编号/caseCode');
    await expect(mapping.getByTestId('mapping-missing')).toHaveText('还需指定：病例编号');
    await mapping.getByLabel('病例编号', { exact: true }).selectOption({ label: 'A · patient_id' });
    await mapping.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENS}/cases-import-mapping-360-zh.png`, fullPage: true });
    // Nothing runs off a phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await mapping.getByRole('button', { name: '取消' }).click();
    await expect(mapping).toHaveCount(0);

    // Coordinates from AMap are GCJ-02: chosen as the CLI's --datum gcj02; the XLSX travels as bytes.
    await page.getByTestId('import-datum').selectOption('gcj02');
    await page.getByTestId('case-import-file').setInputFiles(path.join(FIXTURES, 'cases-zh.xlsx'));
    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText('导入预览：cases-zh.xlsx');
    await expect(preview.getByTestId('import-new')).toContainText('C-201：2 处');
    await expect(preview.getByTestId('import-warnings')).toContainText('第 6 行（C-202 待核实的餐馆）没有坐标，需要在地图上标出地点。');
    await preview.getByRole('button', { name: '取消' }).click();
    expect(unexpected(errors)).toEqual([]);
  });
});
