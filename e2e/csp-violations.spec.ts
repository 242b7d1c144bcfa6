import { expect, test, type Page } from '@playwright/test';
import { signInAs } from './helpers/auth';
import { fixture, runCheck, uploadTrajectory } from './helpers/check';
import { waitForMapReady } from './helpers/map';

/*
 * No page breaks its own Content-Security-Policy. A `securitypolicyviolation` listener is installed in every
 * document before the page's scripts run (zod's eval probe, an inline style or script without the nonce, a
 * worker or image from a source the policy does not name would each fire it); each page is opened and used
 * (map idle, a check run, a notice downloaded) and the violations are read at the end.
 */

type Violation = { page: string; directive: string; blocked: string; source: string };

async function listenForViolations(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.exposeFunction('gridwatchCspViolation', (violation: Violation) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { gridwatchCspViolation: (v: Violation) => void }).gridwatchCspViolation;
      void report({ page: location.pathname, directive: event.effectiveDirective, blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}` });
    });
  });
  return violations;
}

/** Opens a page and waits until it is loaded, its map (if any) idle with its sources. */
async function visit(page: Page, path: string, expectedPath = path): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  expect(new URL(page.url()).pathname, path).toBe(expectedPath);
  await page.waitForLoadState('load');
  if (await page.getByTestId('map').count()) await waitForMapReady(page);
}

test('no public page violates its Content-Security-Policy, while being used', async ({ page }) => {
  test.setTimeout(180_000);
  const violations = await listenForViolations(page);
  await visit(page, '/');
  await visit(page, '/check');
  // The check runs in the browser (its rule parsed by zod: the eval probe that used to fire here).
  await uploadTrajectory(page, fixture('resident-overlap.geojson'));
  await runCheck(page);
  await expect(page.getByTestId('overlap')).toContainText('C-009');
  await visit(page, '/sign-in');
  await visit(page, '/n/C-009', '/notices/C-009');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-notice-image').click()]);
  expect(download.suggestedFilename()).toBe('gridwatch-C-009.png');
  await visit(page, '/notices/C-009');
  expect(violations).toEqual([]);
});

test('no staff or official page violates its Content-Security-Policy', async ({ page }) => {
  test.setTimeout(240_000);
  const violations = await listenForViolations(page);
  // Staff edit (the notice reader is theirs); only the admin manages accounts.
  await signInAs(page, 'staff');
  for (const path of ['/briefing', '/staff', '/staff/zones', '/staff/cases', '/staff/cases/notice', '/staff/communities', '/staff/reports', '/staff/rounds', '/staff/audit']) {
    await visit(page, path);
  }
  await signInAs(page, 'admin');
  await visit(page, '/staff/users');
  expect(violations).toEqual([]);
});

test('the listener does catch a violation (an inline script without the nonce)', async ({ page }) => {
  const violations = await listenForViolations(page);
  await visit(page, '/sign-in');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations[0]).toMatchObject({ page: '/sign-in', directive: 'script-src-elem' });
});
