import net from 'node:net';
import { expect, test } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { startApp } from './helpers/private-postgres';

/*
 * Fault test: the app starts while its PostgreSQL server is missing (nothing listens on port 1). Pages and
 * the API alike answer 503 with Retry-After from the very first request on: no 500, no error page, no hang.
 */

const APP_PORT = Number(process.env.E2E_PORT ?? 3100) + 60;
const base = `http://127.0.0.1:${APP_PORT}`;

let app: ChildProcess;

/** Waits until the server accepts connections, without sending a request (the first one is the test's). */
async function waitForListening(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const isOpen = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (isOpen) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`nothing listened on ${port} within ${timeoutMs} ms`);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = startApp(APP_PORT, { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/gridwatch', GRIDWATCH_DEMO: 'off' });
  await waitForListening(APP_PORT, 90_000);
});

test.afterAll(() => {
  if (app?.pid) process.kill(-app.pid, 'SIGTERM');
});

test('with the database missing, the first request and every page and API answer 503 with Retry-After', async () => {
  test.setTimeout(90_000);
  for (const path of ['/', '/check', '/briefing', '/sign-in', '/notices/C-009']) {
    const response = await fetch(`${base}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(30_000) });
    expect(response.status, path).toBe(503);
    expect(Number(response.headers.get('retry-after')), path).toBeGreaterThan(0);
    expect(response.headers.get('cache-control'), path).toBe('no-store');
    const html = await response.text();
    expect(html, path).toContain('The database is temporarily unavailable');
    expect(html, path).not.toMatch(/ECONNREFUSED|at .*\.js/);
  }
  for (const path of ['/api/zones', '/api/cases', '/api/communities']) {
    const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(30_000) });
    expect(response.status, path).toBe(503);
    expect(Number(response.headers.get('retry-after')), path).toBeGreaterThan(0);
    expect((await response.json()).code, path).toBe('server.database-unavailable');
  }
  // Still 503 (not 500) once the background probe has tried again.
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  expect((await fetch(`${base}/`)).status).toBe(503);
  expect((await fetch(`${base}/api/zones`)).status).toBe(503);
});
