import { expect, type Page } from '@playwright/test';
import { waitForMapReady } from './map';

/** The demo accounts seeded in demo mode (lib/demo/seed-demo.ts). */
export const DEMO_PASSWORDS = { admin: 'demo-admin-2022', staff: 'demo-staff-2022', staff2: 'demo-staff2-2022', official: 'demo-official-2022' } as const;

/** Signs the page's browser context in through the API (not the form: only the sign-in test uses the form). */
export async function signInAs(page: Page, role: keyof typeof DEMO_PASSWORDS): Promise<void> {
  const response = await page.request.post('/api/auth/sign-in', { data: { username: role, password: DEMO_PASSWORDS[role] } });
  expect(response.status(), await response.text()).toBe(200);
}

/** Signs staff in and opens a new case with `code` in the cases workspace, its map ready for clicks. */
export async function openNewCase(page: Page, code: string): Promise<void> {
  await signInAs(page, 'staff');
  await page.goto('/staff/cases');
  await waitForMapReady(page);
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByLabel('Case code').fill(code);
}
