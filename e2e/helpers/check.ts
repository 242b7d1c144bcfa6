import path from 'node:path';
import { expect, type APIRequestContext, type Page, type Request } from '@playwright/test';

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

/** Overlapping case codes from `/api/check` for a resident who went along `lngLats` at `times` (a few metres beside). */
export async function overlapCodes(request: APIRequestContext, lngLats: [number, number][], times: number[]): Promise<string[]> {
  const trajectory = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { coordTimes: times.map((t) => new Date(t).toISOString()) },
        geometry: { type: 'LineString', coordinates: lngLats.map(([lng, lat]) => [lng, lat + 0.00003]) },
      },
    ],
  };
  const response = await request.post('/api/check', { data: { trajectory, rule: { distanceMeters: 50, toleranceMinutes: 0, minOverlapMinutes: 5 } } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { overlaps: { caseCode: string }[] }).overlaps.map((o) => o.caseCode);
}
