import { describe, expect, it } from 'vitest';
import { databaseKind, testDb } from '@/lib/db/test-support';
import { GET } from './route';

describe(`GET /api/health on ${databaseKind}`, () => {
  it('answers 200 with this process and where public reads go, uncached', async () => {
    await testDb();
    const response = await GET(new Request('http://localhost/api/health'));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok', pid: process.pid, publicReads: 'primary' });
  });
});
