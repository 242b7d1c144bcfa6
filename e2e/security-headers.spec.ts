import { expect, test } from '@playwright/test';

test('pages carry a nonce-based Content-Security-Policy and refuse framing and MIME sniffing', async ({ request }) => {
  const first = await request.get('/');
  const second = await request.get('/');
  const policy = first.headers()['content-security-policy'];
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  // A fresh nonce per response, and Next's inline scripts carry it.
  const nonce = /'nonce-([^']+)'/.exec(policy)![1];
  expect(second.headers()['content-security-policy']).not.toContain(nonce);
  expect(await first.text()).toContain(`nonce="${nonce}"`);
  expect(first.headers()['x-content-type-options']).toBe('nosniff');
  expect(first.headers()['x-frame-options']).toBe('DENY');
  expect(first.headers()['x-powered-by']).toBeUndefined();
});

test('API responses are not sniffed either', async ({ request }) => {
  const response = await request.get('/api/zones');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});
