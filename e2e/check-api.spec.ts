import fs from 'node:fs';
import http from 'node:http';
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
  // No Accept-Language: the answer is in Chinese, the app's first language, and names the 1-based line.
  expect(await response.json()).toMatchObject({ code: 'parse.not-a-number', line: 3, error: 'CSV 文件第 3 行：latitude 的值 "north" 不是数字' });
});

/** Streams `totalBytes` of JSON whitespace without a Content-Length (chunked), stopping when the answer comes. */
function streamUpload(url: string, totalBytes: number): Promise<{ status: number; body: string; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json' } });
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sentBytes = 0;
    let isAnswered = false;
    request.on('response', (response) => {
      isAnswered = true;
      let body = '';
      response.on('data', (data: Buffer) => (body += data.toString()));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body, sentBytes });
        request.destroy();
      });
    });
    // The server may close the connection on an upload it refused: an error after the answer is expected.
    request.on('error', (error) => {
      if (!isAnswered) reject(error);
    });
    const pump = () => {
      while (!isAnswered && sentBytes < totalBytes) {
        sentBytes += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      if (!isAnswered) request.end();
    };
    pump();
  });
}

test('POST /api/check refuses a 200 MB upload with 413 before reading it all, and keeps answering', async ({ baseURL }) => {
  const upload = await streamUpload(`${baseURL}/api/check`, 200 * 1024 * 1024);
  expect(upload.status).toBe(413);
  expect(JSON.parse(upload.body)).toMatchObject({ code: 'request.body-too-large', error: expect.stringMatching(/超过 20 MB/) });
  // The refusal came while the client was still sending: the server stopped reading past the limit.
  expect(upload.sentBytes).toBeLessThan(200 * 1024 * 1024);
  const after = await fetch(`${baseURL}/api/check`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ trajectory: { type: 'FeatureCollection', features: [] } }),
  });
  expect(after.status).toBe(422);
});

test('POST /api/check refuses a million-point file with 413 naming the limit', async ({ request }) => {
  const start = Date.parse('2020-03-07T00:00:00Z');
  const lines = ['lon,lat,time'];
  for (let i = 0; i < 1_000_000; i++) lines.push(`126.9,37.5,${start + i * 1000}`);
  const response = await request.post('/api/check', {
    multipart: { file: { name: 'million.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) } },
  });
  expect(response.status()).toBe(413);
  expect((await response.json()).error).toMatch(/20 MB|200000|200,000/);
});
