import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { settings } from '@/lib/env';
import { GET } from './[caseCode]/route';

const shortLink = (headers: Record<string, string>) =>
  GET(new NextRequest('http://127.0.0.1:3000/n/C-009', { headers: { host: '127.0.0.1:3000', ...headers } }), { params: Promise.resolve({ caseCode: 'C-009' }) });

describe('the /n/ short link', () => {
  it('never follows a forged X-Forwarded-Host, and is not cached', async () => {
    const response = await shortLink({ 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' });
    expect(response.status).toBe(307);
    const location = response.headers.get('location')!;
    expect(location).not.toContain('evil.example');
    expect(location).toBe(settings.publicOrigin ? `${settings.publicOrigin}/notices/C-009` : '/notices/C-009');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
