import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { POST as checkRoute } from '@/app/api/check/route';
import { GET as manifestRoute } from '@/app/api/case-tracks/days/route';
import { latestCaseDaysBuild } from '@/lib/case-days/case-days';
import { getCheckSnapshot, invalidateCheckSnapshot } from '@/lib/check/check-snapshot';
import { CHECK_LIMITS } from '@/lib/check/check-input';
import { seedDemoIfEmpty } from '@/lib/demo/seed-demo';
import { databaseKind, resetTables, testDb } from '@/lib/testing/test-support';
import { fastLaneRoute, handleFastLane } from './fast-lane';

let server: http.Server;
let base: string;
/** Requests the fast lane declined, by path: Next would have answered them. */
const declined: string[] = [];

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function request(
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      `${base}${pathname}`,
      { method: options.method ?? 'GET', headers: options.headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

const decoded = (reply: Reply): string => {
  const encoding = reply.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(reply.body).toString();
  if (encoding === 'gzip') return zlib.gunzipSync(reply.body).toString();
  return reply.body.toString();
};

const sample = fs.readFileSync(path.join(process.cwd(), 'e2e', 'fixtures', 'resident-overlap.geojson'), 'utf8');
const checkBody = JSON.stringify({ trajectory: JSON.parse(sample), rule: { preset: 'same-place' } });

beforeAll(async () => {
  const db = await testDb();
  await resetTables(db);
  await seedDemoIfEmpty(db);
  invalidateCheckSnapshot();
  await getCheckSnapshot(db);
  await latestCaseDaysBuild();
  server = http.createServer((incoming, outgoing) => {
    if (handleFastLane(incoming, outgoing)) return;
    declined.push(incoming.url ?? '');
    outgoing.writeHead(418).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fast lane routes', () => {
  it('takes only the check (POST), the manifest and day files (GET/HEAD)', () => {
    expect(fastLaneRoute('POST', '/api/check')).toEqual({ kind: 'check' });
    expect(fastLaneRoute('GET', '/api/check')).toBeUndefined();
    expect(fastLaneRoute('HEAD', '/api/case-tracks/days')).toEqual({ kind: 'manifest' });
    expect(fastLaneRoute('GET', '/api/case-tracks/days/2022-04-01.0123456789abcdef0123.bin')).toEqual({
      kind: 'day-file',
      file: '2022-04-01.0123456789abcdef0123.bin',
    });
    expect(fastLaneRoute('GET', '/api/case-tracks/days/a/b')).toBeUndefined();
    expect(fastLaneRoute('POST', '/api/case-tracks/days')).toBeUndefined();
    expect(fastLaneRoute('GET', '/api/zones')).toBeUndefined();
  });
});

describe(`fast lane over HTTP on ${databaseKind}`, () => {
  it('answers a check as the Next route does, with the security headers', async () => {
    const viaLane = await request('/api/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br' },
      body: checkBody,
    });
    const viaNext = await checkRoute(
      new NextRequest('http://localhost/api/check', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: checkBody,
      }),
    );
    expect(viaLane.status).toBe(200);
    expect(viaLane.headers['x-content-type-options']).toBe('nosniff');
    expect(viaLane.headers['x-frame-options']).toBe('DENY');
    expect(viaLane.headers['cache-control']).toBe('no-store');
    const lane = JSON.parse(decoded(viaLane));
    expect(lane.overlaps.map((o: { caseCode: string }) => o.caseCode)).toEqual(['C-009']);
    expect(lane).toEqual(await viaNext.json());
  });

  it('refuses in the reader language with the same codes: malformed JSON, and a body over the limit without reading it all', async () => {
    const malformed = await request('/api/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
      body: '{"trajectory":',
    });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(decoded(malformed))).toMatchObject({ code: 'request.body-malformed', error: '请求内容不是有效的 JSON。' });
    const huge = Buffer.alloc(CHECK_LIMITS.maxBodyBytes + 10, 0x20);
    const tooLarge = await request('/api/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: huge,
    });
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(decoded(tooLarge)).code).toBe('request.body-too-large');
  });

  it('serves the manifest with its ETag and a 304, and the day files pre-compressed', async () => {
    const manifest = await request('/api/case-tracks/days', { headers: { 'accept-encoding': 'gzip' } });
    expect(manifest.status).toBe(200);
    // Over a kilobyte of JSON: compressed as accepted.
    expect(manifest.headers['content-encoding']).toBe('gzip');
    expect(decoded(manifest).length).toBeGreaterThan(1024);
    const viaNext = await manifestRoute(new NextRequest('http://localhost/api/case-tracks/days'));
    expect(manifest.headers.etag).toBe(viaNext.headers.get('etag'));
    const body = JSON.parse(decoded(manifest));
    expect(body).toEqual(await viaNext.json());
    const notModified = await request('/api/case-tracks/days', { headers: { 'if-none-match': String(manifest.headers.etag) } });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);

    const file = body.days[0].file as string;
    const br = await request(`/api/case-tracks/days/${file}`, { headers: { 'accept-encoding': 'br' } });
    const identity = await request(`/api/case-tracks/days/${file}`);
    expect(br.status).toBe(200);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(br.body)).toEqual(identity.body);
    const head = await request(`/api/case-tracks/days/${file}`, { method: 'HEAD' });
    expect(head.headers['content-length']).toBe(String(identity.body.length));
    const missing = await request(`/api/case-tracks/days/2022-04-09.${'0'.repeat(20)}.bin`, {
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(missing.status).toBe(404);
    expect(JSON.parse(decoded(missing)).code).toBe('check.day-file-not-found');
  });

  it('leaves every other request to Next', async () => {
    expect((await request('/api/zones')).status).toBe(418);
    expect((await request('/api/check')).status).toBe(418);
    expect(declined).toEqual(['/api/zones', '/api/check']);
  });
});
