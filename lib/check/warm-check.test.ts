import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCheckTrajectory, readRule } from './check-input';
import { preloadCheckRoute, warmCheckRoute } from './warm-check';

type Received = { method?: string; url?: string; contentType?: string; body: string };
const received: Received[] = [];
const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    received.push({ method: request.method, url: request.url, contentType: request.headers['content-type'], body: Buffer.concat(chunks).toString() });
    response.end('{}');
  });
});

beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('warmCheckRoute', () => {
  it('posts one valid check per worker to this server: a trajectory and rule the check route accepts', async () => {
    await warmCheckRoute(String((server.address() as AddressInfo).port), 3);
    expect(received).toHaveLength(3);
    for (const r of received) {
      expect(r).toMatchObject({ method: 'POST', url: '/api/check', contentType: 'application/json' });
      const body = JSON.parse(r.body) as { trajectory: unknown; rule: unknown };
      const { rule } = readRule(body.rule);
      const trajectory = readCheckTrajectory({ kind: 'geojson', value: body.trajectory }, { timeZone: 'UTC', maxGapMinutes: rule.maxGapMinutes });
      expect(trajectory.pointCount).toBe(2);
      expect(trajectory.warnings).toEqual([]);
    }
  });

  it('does nothing without a port, and only logs when the server cannot be reached', async () => {
    const before = received.length;
    await expect(warmCheckRoute(undefined)).resolves.toBeUndefined();
    await expect(warmCheckRoute('1')).resolves.toBeUndefined();
    expect(received).toHaveLength(before);
  });
});

describe('preloadCheckRoute', () => {
  it("requires the build's check route module with Node's require (cached for the server's first request), false without a build", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gridwatch-preload-'));
    try {
      expect(preloadCheckRoute(root)).toBe(false);
      const file = path.join(root, '.next', 'server', 'app', 'api', 'check', 'route.js');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, 'globalThis.gridwatchPreloadCount = (globalThis.gridwatchPreloadCount ?? 0) + 1; module.exports = { loaded: true };');
      expect(preloadCheckRoute(root)).toBe(true);
      expect(preloadCheckRoute(root)).toBe(true);
      // Loaded once: the second call (like the server's own require) found it cached.
      expect((globalThis as { gridwatchPreloadCount?: number }).gridwatchPreloadCount).toBe(1);
      expect(preloadCheckRoute(path.join(root, 'nowhere'))).toBe(false);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
