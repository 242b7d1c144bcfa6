import { expect, test } from '@playwright/test';
import { signInAs } from './helpers/auth';

test('an admin creates an official through the users page, who can then sign in', async ({ page, browser }, testInfo) => {
  await signInAs(page, 'admin');
  await page.goto('/staff/users');
  await page.getByLabel('Username').fill('e2e-official');
  await page.getByLabel('Role').selectOption('official');
  await page.getByLabel('Password').fill('e2e official password');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('status')).toHaveText('Created e2e-official.');
  await expect(page.getByTestId('user-row').filter({ hasText: 'e2e-official' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('users.png'), fullPage: true });

  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const response = await other.request.post('/api/auth/sign-in', { data: { username: 'e2e-official', password: 'e2e official password' } });
  expect(response.status()).toBe(200);
  await other.close();
});

test('staff cannot open the users page', async ({ page }) => {
  await signInAs(page, 'staff');
  await page.goto('/staff/users');
  await expect(page).toHaveURL(/\/sign-in\?forbidden=1/);
});
