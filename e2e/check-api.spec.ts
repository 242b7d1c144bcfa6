import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name));

test('POST /api/check finds the demo case a GPX overlaps, with its window', async ({ request }) => {
  const response = await request.post('/api/check', {
    multipart: { file: { name: 'resident-overlap.gpx', mimeType: 'application/gpx+xml', buffer: fixture('resident-overlap.gpx') } },
  });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.overlaps).toHaveLength(1);
  expect(body.overlaps[0]).toMatchObject({ caseCode: 'C-009', place: 'Restaurant · Deungchon-dong' });
  expect(body.overlaps[0].from.slice(0, 16)).toBe('2020-03-07T01:39');
  expect(body.overlaps[0].to.slice(0, 16)).toBe('2020-03-07T03:10');
  expect(body.stored).toBe(false);
});

test('POST /api/check finds nothing for a GPX that overlaps no case', async ({ request }) => {
  const response = await request.post('/api/check', {
    multipart: { file: { name: 'resident-clear.gpx', mimeType: 'application/gpx+xml', buffer: fixture('resident-clear.gpx') }, preset: 'after-case' },
  });
  expect(response.status()).toBe(200);
  expect((await response.json()).overlaps).toEqual([]);
});

test('POST /api/check names the problem in a broken file', async ({ request }) => {
  const response = await request.post('/api/check', {
    multipart: { file: { name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('lon,lat,time\n126.9,37.5,2020-03-07T01:00:00Z\n126.9,north,2020-03-07T01:01:00Z\n') } },
  });
  expect(response.status()).toBe(422);
  expect((await response.json()).error).toMatch(/line 3/);
});
