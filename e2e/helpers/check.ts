import path from 'node:path';
import { expect, type Page, type Request } from '@playwright/test';

/** A sample trajectory from e2e/fixtures. */
export const fixture = (name: string) => path.join(__dirname, '..', 'fixtures', name);

/** Uploads a trajectory file through the page's file picker and waits until it has been read (or refused). */
export async function uploadTrajectory(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByTestId('trajectory-file').setInputFiles(file);
  await expect(page.locator('[data-testid="upload-status"] .ok-note, [data-testid="upload-error"]')).toBeVisible();
}

/** Runs the check and waits for its result (or its error). */
export async function runCheck(page: Page): Promise<void> {
  await page.getByTestId('run-check').click();
  await expect(page.getByTestId('check-result').or(page.getByTestId('check-error'))).toBeVisible();
}

/** Every request the page makes, with its body: to prove what a private check does not send. */
export function recordRequests(page: Page): { method: string; url: string; body: string }[] {
  const log: { method: string; url: string; body: string }[] = [];
  page.on('request', (request: Request) => log.push({ method: request.method(), url: request.url(), body: request.postData() ?? '' }));
  return log;
}
