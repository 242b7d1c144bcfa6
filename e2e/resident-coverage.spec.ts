import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors, waitForMapReady } from './helpers/map';
import { fixture, runCheck, uploadTrajectory } from './helpers/check';

// Issue 15: a phone in Shanghai, reading Chinese.
test.use({ viewport: { width: 360, height: 740 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN', hasTouch: true });

type Geo = { type: 'FeatureCollection'; features: { properties: { coordTimes: string[] }; geometry: { coordinates: [number, number][] } }[] };
const overlapDay = () => JSON.parse(fs.readFileSync(fixture('resident-overlap.geojson'), 'utf8')) as Geo;
/** The overlap sample moved east by `degrees` and later by `hours`: the same walk in another place. */
function moved(geo: Geo, degrees: number, hours: number): Geo {
  return {
    ...geo,
    features: geo.features.map((f) => ({
      ...f,
      properties: { ...f.properties, coordTimes: f.properties.coordTimes.map((t) => new Date(Date.parse(t) + hours * 3_600_000).toISOString()) },
      geometry: { ...f.geometry, coordinates: f.geometry.coordinates.map(([lng, lat]) => [lng + degrees, lat] as [number, number]) },
    })),
  };
}
const asUpload = (name: string, geo: Geo) => ({ name, mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(geo)) });

async function checkFile(page: Page, file: Parameters<typeof uploadTrajectory>[1]) {
  await page.goto('/check');
  await waitForMapReady(page);
  await uploadTrajectory(page, file);
  await runCheck(page);
  await waitForMapReady(page);
}

test('a file outside the data’s dates is "none": not green, no "no overlap", and says which days the data covers', async ({ page }, testInfo) => {
  const errors = collectPageErrors(page);
  await checkFile(page, fixture('geolife-beijing-2008.plt'));
  const result = page.getByTestId('check-result');
  await expect(result).toHaveAttribute('data-coverage', 'none');
  await expect(result).not.toContainText('未发现交集');
  await expect(result).not.toContainText('无需报备');
  await expect(page.getByTestId('no-overlap')).toHaveCount(0);
  await expect(page.getByTestId('coverage-note')).toContainText('没有可比对的病例数据');
  await expect(page.getByTestId('coverage-note')).toContainText('2020/03');
  await expect(page.getByTestId('coverage-note')).toContainText('2008/10/27');
  await expect(page.getByTestId('coverage-note')).toContainText('原因：你的行程的日期和地点都不在已公布的病例数据之内');
  await expect(page.getByTestId('advice')).toContainText('现在无法判断');
  await expect(result).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('coverage-none-another-year-360.png') });
  expect(errors).toEqual([]);
});

test('the same trip in another city on the data’s days is "none" too', async ({ page }, testInfo) => {
  // The overlap sample moved 10° west (inland China), on the same days.
  await checkFile(page, asUpload('elsewhere.geojson', moved(overlapDay(), -10, 0)));
  await expect(page.getByTestId('check-result')).toHaveAttribute('data-coverage', 'none');
  await expect(page.getByTestId('check-result')).not.toContainText('未发现交集');
  await expect(page.getByTestId('check-result')).not.toContainText('无需报备');
  // Its days are the data's: the page says the area is why.
  await expect(page.getByTestId('coverage-note')).toContainText('原因：你的行程不在已公布病例数据的地区内');
  await page.screenshot({ path: testInfo.outputPath('coverage-none-another-city-360.png') });
});

test('half inside is "partial": it names the part not compared and still shows the overlap', async ({ page }, testInfo) => {
  const day = overlapDay();
  const half = { ...day, features: [...day.features, ...moved(day, 1, 14).features] };
  await checkFile(page, asUpload('half.geojson', half));
  await expect(page.getByTestId('check-result')).toHaveAttribute('data-coverage', 'partial');
  await expect(page.getByTestId('coverage-note')).toContainText('只比对了部分行程');
  await expect(page.getByTestId('coverage-note')).toContainText('虚线框以外的地点');
  await expect(page.getByTestId('overlap')).toContainText('C-009');
  await page.screenshot({ path: testInfo.outputPath('coverage-partial-360.png') });
});

test('the sample overlap file is "covered", and its result is in view and focused; "show on the map" brings the map up', async ({ page }, testInfo) => {
  await page.goto('/check');
  await waitForMapReady(page);
  await page.getByRole('button', { name: 'resident-overlap.gpx' }).click();
  await expect(page.getByTestId('upload-status').locator('.ok-note')).toBeVisible();
  await runCheck(page);
  const result = page.getByTestId('check-result');
  await expect(result).toHaveAttribute('data-coverage', 'covered');
  await expect(result).toBeFocused();
  await expect(result).toBeInViewport();
  await expect(page.getByTestId('overlap')).toContainText('病例 C-009');
  // The case's own time at the restaurant (10:30 KST = 09:30 in Shanghai) beside the resident's.
  await expect(page.getByTestId('overlap-case-time')).toContainText('病例在此：2020/03/07 09:');
  await expect(page.getByTestId('overlap-window')).toContainText('你在此：');
  await expect(page.getByTestId('check-map-legend')).toContainText('你的行程');
  await waitForMapReady(page);
  await page.screenshot({ path: testInfo.outputPath('coverage-covered-360.png') });

  await page.getByTestId('overlap').getByRole('button', { name: /病例 C-009/ }).click();
  await expect(page.getByTestId('map')).toBeInViewport({ ratio: 0.5 });
});

test('a file with untimed points says how many were dropped, before and after the check', async ({ page }) => {
  await checkFile(page, fixture('gpx-untimed-points.gpx'));
  await expect(page.getByTestId('upload-dropped')).toContainText('298 个定位点');
  // The reader's own note, coded and rendered in the page's language (it was English).
  await expect(page.getByTestId('upload-notes')).toContainText('GPX 文件：303 个点中有 298 个没有 <time>，已舍弃');
  await expect(page.getByTestId('dropped-points')).toContainText('298 个定位点');
});

test('an after-case match shows when the case was there and says the resident came after', async ({ page }, testInfo) => {
  await page.goto('/check');
  await waitForMapReady(page);
  await uploadTrajectory(page, fixture('resident-after-case.gpx'));
  await page.getByRole('radio', { name: /病例去过的地方/ }).check();
  await runCheck(page);
  const overlap = page.getByTestId('overlap').filter({ hasText: 'C-009' });
  await expect(overlap).toHaveAttribute('data-timing', 'after-case');
  await expect(overlap).toContainText('病例离开后你才到达');
  await expect(overlap.getByTestId('overlap-case-time')).toContainText(/病例在此：2020\/03\/07 09:\d\d – 11:\d\d/);
  await expect(overlap.getByTestId('overlap-window')).toContainText('你在此：2020/03/07 13:00 – 13:40');
  await expect(page.getByTestId('advice')).toContainText('病例离开后才到达');
  await page.screenshot({ path: testInfo.outputPath('after-case-360.png'), fullPage: true });
});

test('times without a zone say which zone they were read in, and the resident can change it before checking', async ({ page }) => {
  await page.goto('/check');
  // A stay at C-009's restaurant, a fix every 10 minutes from 10:40 to 12:10, times written without a zone.
  const rows = Array.from({ length: 10 }, (_, i) => `37.5560${50 + i},126.8567${20 + i},2020-03-07 ${String(10 + Math.floor((40 + 10 * i) / 60)).padStart(2, '0')}:${String((40 + 10 * i) % 60).padStart(2, '0')}`);
  const csv = `latitude,longitude,time\n${rows.join('\n')}\n`;
  await uploadTrajectory(page, { name: 'day.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('upload-assumed-zone')).toContainText('Asia/Shanghai');
  await page.getByTestId('assumed-zone-select').selectOption('Asia/Seoul');
  await expect(page.getByTestId('upload-assumed-zone')).toContainText('已按 Asia/Seoul 读取');
  await runCheck(page);
  await expect(page.getByTestId('assumed-zone')).toContainText('Asia/Seoul');
  // Read in Seoul time the stay is at the restaurant while C-009 was there.
  await expect(page.getByTestId('overlap')).toContainText('C-009');
});

/** The overlap sample as `count` time-stamped points spread evenly along its walk; the 1-based `bad` one has a latitude of "abc". */
function asPoints(geo: Geo, count: number, bad: number) {
  const [walk] = geo.features;
  const times = walk.properties.coordTimes.map(Date.parse);
  const lngLats = walk.geometry.coordinates;
  const features = Array.from({ length: count }, (_, i) => {
    const time = times[0] + ((times[times.length - 1] - times[0]) * i) / (count - 1);
    const k = Math.min(times.findIndex((t) => t >= time), lngLats.length - 1);
    const [lng, lat] = lngLats[Math.max(k, 0)];
    return { type: 'Feature', properties: { time: new Date(time).toISOString() }, geometry: { type: 'Point', coordinates: [lng, i + 1 === bad ? 'abc' : lat] } };
  });
  return { name: 'points.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features })) };
}

test('a 4,119-feature file with one unreadable feature is checked, saying which feature was skipped', async ({ page }, testInfo) => {
  await checkFile(page, asPoints(overlapDay(), 4119, 2470));
  const skipped = page.getByTestId('upload-skipped');
  await expect(skipped).toContainText('4119 条记录中有 1 条无法读取，已跳过');
  await expect(skipped).toContainText('GeoJSON 文件第 2470 个要素');
  await expect(page.getByTestId('check-result')).toHaveAttribute('data-coverage', 'covered');
  // The result counts the skipped record on its own line too (the answer's skippedRecords).
  await expect(page.getByTestId('skipped-records')).toContainText('文件中有 1 条记录无法读取，已跳过');
  await expect(page.getByTestId('overlap')).toContainText('C-009');
  await page.screenshot({ path: testInfo.outputPath('skipped-record-360.png'), fullPage: true });
});
