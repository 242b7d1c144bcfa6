import { describe, expect, it } from 'vitest';
import { unavailablePage } from './unavailable-page';

describe('unavailablePage', () => {
  it('is a 503 with Retry-After, never cached, in Chinese then English, with no script', () => {
    const page = unavailablePage({ nonce: 'abc', retryAfterSeconds: 30 });
    expect(page.status).toBe(503);
    expect(page.headers).toMatchObject({ 'Retry-After': '30', 'Cache-Control': 'no-store' });
    expect(page.html).toContain('数据库暂时无法使用');
    expect(page.html).toContain('temporarily unavailable');
    expect(page.html).toContain('<style nonce="abc">');
    expect(page.html).not.toContain('<script');
  });
});
