import { expect, test, type Page } from '@playwright/test';
import { signInAs } from './helpers/auth';
import { clearServerClock, setServerClock } from './helpers/clock';

/**
 * A community's no-epidemic status follows the data and the (injected) clock: a positive round revokes
 * it, a negative round starts the N-day count, N days later it qualifies and the progress moves on the
 * dashboard and the briefing; a new case living in it revokes it again.
 */

test.use({ locale: 'en-GB', timezoneId: 'Asia/Seoul', viewport: { width: 1280, height: 900 } });

const N = Number(process.env.GRIDWATCH_NO_EPIDEMIC_DAYS ?? 14);
const CASE_CODE = 'E2E-NE-1';
/** Well after the demo's last event (29 March 2020), within a year: the briefing runs to "today". */
const DAY0 = '2020-04-10';
const DAY1 = '2020-04-11';
const DAY_MS = 86_400_000;
const plusDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const dayN = plusDays(DAY1, N);

async function dashboardCount(page: Page): Promise<number> {
  await page.goto('/staff');
  return Number(await page.getByTestId('dashboard-now').getAttribute('data-count'));
}

async function statusOf(page: Page, community: string): Promise<string | null> {
  await page.goto('/staff');
  return page.locator(`[data-testid="community-status-row"][data-community="${community}"]`).getAttribute('data-status');
}

async function recordRound(page: Page, communityId: string, people: string, positives: string, expectedDay: string) {
  await page.goto(`/staff/rounds?community=${communityId}`);
  const form = page.locator('form.staff-form');
  await expect(form.getByLabel('Community', { exact: true })).toHaveValue(communityId);
  // The date defaults to "today" on the server's clock.
  await expect(form.getByLabel('Tested on', { exact: true })).toHaveValue(expectedDay);
  await form.getByLabel('People tested', { exact: true }).fill(people);
  await form.getByLabel('Positives', { exact: true }).fill(positives);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('round-notice')).toContainText('Saved round');
}

test.afterAll(async ({ browser }) => {
  // Leave the shared demo server as the other specs expect it: real clock, no e2e case or rounds.
  clearServerClock();
  const page = await browser.newPage();
  await signInAs(page, 'staff');
  await page.request.delete(`/api/staff/cases/${CASE_CODE}`);
  const { rounds } = (await (await page.request.get('/api/staff/rounds')).json()) as {
    rounds: { id: number; note: string | null }[];
  };
  for (const round of rounds.filter((r) => r.note === null)) await page.request.delete(`/api/staff/rounds/${round.id}`);
  await page.close();
});

test('a negative round and N quiet days make a community no-epidemic; a new case living in it revokes it', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await signInAs(page, 'staff');
  setServerClock(`${DAY0}T10:00:00+09:00`);

  // A community that qualifies now (the demo's rounds have been negative for weeks, and no zone covers it).
  await page.goto('/staff');
  const row = page.locator('[data-testid="community-status-row"][data-status="no-epidemic"]').first();
  const community = (await row.getAttribute('data-community')) as string;
  const href = (await row.getByRole('link').getAttribute('href')) as string;
  const communityId = new URL(href, 'http://x').searchParams.get('community') as string;
  const before = await dashboardCount(page);

  // A positive round revokes it at once.
  await recordRound(page, communityId, '800', '1', DAY0);
  await expect(page.getByTestId('community-status')).toHaveAttribute('data-status', 'not-yet');
  await expect(page.getByTestId('community-status')).toContainText('found positives');
  expect(await dashboardCount(page)).toBe(before - 1);

  // The next day a negative round starts the count; it does not qualify yet.
  setServerClock(`${DAY1}T10:00:00+09:00`);
  await recordRound(page, communityId, '820', '0', DAY1);
  await expect(page.getByTestId('community-status')).toHaveAttribute('data-status', 'not-yet');
  await expect(page.getByTestId('community-status')).toContainText('testing negative since');
  expect(await statusOf(page, community)).toBe('not-yet');

  // N days later it qualifies: the dashboard and the briefing count it, and its history says when.
  setServerClock(`${dayN}T10:00:00+09:00`);
  expect(await statusOf(page, community)).toBe('no-epidemic');
  expect(await dashboardCount(page)).toBe(before);
  await page.screenshot({ path: testInfo.outputPath('dashboard.png'), fullPage: false });
  await expect(page.getByTestId('dashboard-progress')).toHaveAttribute('data-count', String(before));
  await page.goto(`/staff/rounds?community=${communityId}`);
  await expect(page.getByTestId('community-status')).toHaveAttribute('data-status', 'no-epidemic');
  await expect(page.getByTestId('status-history')).toContainText('No-epidemic → Not yet');
  await expect(page.getByTestId('status-history').locator('li').last()).toContainText('Not yet → No-epidemic');
  await page.screenshot({ path: testInfo.outputPath('rounds-page.png'), fullPage: true });

  await page.goto('/briefing');
  await expect(page.getByTestId('no-epidemic')).toHaveAttribute('data-count', String(before));
  await expect(page.getByTestId('progress-chart')).toHaveAttribute('data-count', String(before));
  const chart = page.getByTestId('progress-chart');
  await expect(chart.getByTestId('progress-chart-summary')).toContainText(`${before} of`);
  await expect(page.getByTestId('rounds-chart')).toBeVisible();
  await chart.screenshot({ path: testInfo.outputPath('briefing-progress.png') });
  await page.getByTestId('briefing-summary').screenshot({ path: testInfo.outputPath('briefing-summary.png') });

  // A new case living in the community, published: revoked at once.
  const reportedAt = `${dayN}T09:00:00+09:00`;
  const saved = await page.request.post('/api/staff/cases', {
    data: {
      code: CASE_CODE,
      reportedAt,
      visits: [{ place: 'Bus stop', lngLat: [126.89, 37.5], start: `${dayN}T07:00:00+09:00`, end: `${dayN}T07:30:00+09:00` }],
    },
  });
  expect(saved.status()).toBe(201);
  await page.goto('/staff/cases');
  await page.getByTestId('case-item').filter({ hasText: CASE_CODE }).getByRole('button').click();
  await page.getByTestId('case-preview').getByRole('button', { name: 'Reshape', exact: true }).click();
  await page.getByLabel('Home community (staff only)').selectOption(communityId);
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByTestId('case-item').filter({ hasText: CASE_CODE })).toContainText(
    `Home community (staff only): ${community}`,
  );
  expect(await statusOf(page, community)).toBe('no-epidemic');
  await page.goto('/staff/cases');
  await page.getByTestId('case-item').filter({ hasText: CASE_CODE }).getByRole('button').click();
  await page.getByTestId('case-preview').getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByTestId('case-item').filter({ hasText: CASE_CODE })).toContainText('published');

  expect(await statusOf(page, community)).toBe('not-yet');
  expect(await dashboardCount(page)).toBe(before - 1);
  await page.goto(`/staff/rounds?community=${communityId}`);
  await expect(page.getByTestId('community-status')).toContainText('a new case living or reported in it');
  await page.goto('/briefing');
  await expect(page.getByTestId('no-epidemic')).toHaveAttribute('data-count', String(before - 1));
  // The public never sees where the case lives.
  const publicCases = await (await page.request.get('/api/cases')).text();
  expect(publicCases).toContain(CASE_CODE);
  expect(publicCases).not.toContain(community);
  expect(publicCases).not.toMatch(/communityId/);
});
