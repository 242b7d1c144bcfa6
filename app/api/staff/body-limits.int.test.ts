import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { rowsOf, type Db } from '@/lib/db/client';
import { databaseKind, resetTables, testDb } from '@/lib/db/test-support';
import { jsonRequest, paramsOf, sessionCookieFor } from '@/lib/db/staff-test-support';
import { JSON_BODY_LIMITS } from '@/lib/api/read-json-body';
import { POST as saveCase } from './cases/route';
import { POST as createUser } from './users/route';
import { POST as createZone } from './zones/route';
import { PUT as updateZone } from './zones/[id]/route';

const MB = 1024 * 1024;
const square = { type: 'Polygon', coordinates: [[[126.88, 37.49], [126.89, 37.49], [126.89, 37.5], [126.88, 37.5], [126.88, 37.49]]] };
const zone = { kind: 'sealed', name: 'Block 3', effectiveFrom: '2022-04-01T00:00:00+08:00', geometry: square };

let db: Db;
let staff: string;
let admin: string;

const count = async (table: 'zones' | 'cases' | 'users' | 'audit_log') =>
  Number(rowsOf<{ n: string }>(await db.execute(sql`select count(*) as n from ${sql.identifier(table)}`))[0].n);
const counts = async () => ({ zones: await count('zones'), cases: await count('cases'), users: await count('users'), audit: await count('audit_log') });

/** A same-origin POST whose body streams `chunks` megabytes (no Content-Length), counting what the server pulled. */
function streamedRequest(path: string, cookie: string, chunks: number) {
  const pulled = { chunks: 0 };
  const chunk = new TextEncoder().encode('x'.repeat(MB));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"file":{"name":"big.csv","text":"'));
    },
    pull(controller) {
      if (pulled.chunks === chunks) return controller.close();
      pulled.chunks += 1;
      controller.enqueue(chunk);
    },
  });
  const headers = { 'content-type': 'application/json', host: 'localhost', origin: 'http://localhost', cookie };
  return { request: new NextRequest(`http://localhost${path}`, { method: 'POST', headers, body, duplex: 'half' } as ConstructorParameters<typeof NextRequest>[1]), pulled };
}

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  [staff, admin] = [await sessionCookieFor(db, 'staff'), await sessionCookieFor(db, 'admin')];
});

describe(`staff API body limits on ${databaseKind}`, () => {
  it('refuses a zone body over its limit with 413 naming the limit, and saves nothing', async () => {
    const saved = await (await createZone(jsonRequest('POST', '/api/staff/zones', zone, staff))).json();
    const before = await counts();
    const padding = 'x'.repeat(JSON_BODY_LIMITS.zones);
    const created = await createZone(jsonRequest('POST', '/api/staff/zones', { ...zone, note: padding }, staff));
    expect(created.status).toBe(413);
    expect(await created.json()).toMatchObject({ code: 'request.body-too-large', params: { limit: '32 MB' }, maxBytes: JSON_BODY_LIMITS.zones });
    const updated = await updateZone(jsonRequest('PUT', `/api/staff/zones/${saved.zone.id}`, { ...zone, note: padding, version: 1 }, staff), paramsOf({ id: String(saved.zone.id) }));
    expect(updated.status).toBe(413);
    expect(await counts()).toEqual(before);
  });

  it('gives zones more room than forms: a 2 MB zone body is read (and its overlong note named)', async () => {
    const response = await createZone(jsonRequest('POST', '/api/staff/zones', { ...zone, note: 'x'.repeat(2 * MB) }, staff));
    expect(response.status).toBe(422);
    expect((await response.json()).error).toMatch(/note/);
  });

  it('stops reading a streamed case import past its limit (413) and saves no case', async () => {
    const before = await counts();
    const limitMb = JSON_BODY_LIMITS.caseImport / MB;
    const { request, pulled } = streamedRequest('/api/staff/cases', staff, limitMb + 16);
    const response = await saveCase(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'request.body-too-large', params: { limit: `${limitMb} MB` } });
    expect(pulled.chunks).toBeLessThan(limitMb + 16);
    expect(await counts()).toEqual(before);
  });

  it('refuses a form body over 1 MB with 413, and malformed or empty JSON with 400, creating no user', async () => {
    const before = await counts();
    const huge = await createUser(jsonRequest('POST', '/api/staff/users', { username: 'zhao', role: 'staff', password: 'x'.repeat(2 * MB) }, admin));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ code: 'request.body-too-large', params: { limit: '1 MB' } });
    const broken = await createUser(new NextRequest('http://localhost/api/staff/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'localhost', origin: 'http://localhost', cookie: admin },
      body: '{"username": "zhao", ',
    }));
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ code: 'request.body-malformed', error: '请求内容不是有效的 JSON。' });
    expect((await createUser(jsonRequest('POST', '/api/staff/users', undefined, admin))).status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('refuses JSON nested thousands of levels deep with 413 and a code before parsing it, saving nothing', async () => {
    const before = await counts();
    const deep = JSON.stringify(zone).replace(/"geometry":.*\}$/, '"geometry":' + '['.repeat(5000) + ']'.repeat(5000) + '}');
    const response = await createZone(new NextRequest('http://localhost/api/staff/zones', {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'localhost', origin: 'http://localhost', cookie: staff },
      body: deep,
    }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'request.body-too-deep', params: { limit: 64 } });
    expect(await counts()).toEqual(before);
  });

  it('checks the role before reading the body: a stranger gets 401, not 413', async () => {
    expect((await createZone(jsonRequest('POST', '/api/staff/zones', { ...zone, note: 'x'.repeat(JSON_BODY_LIMITS.zones) }))).status).toBe(401);
  });
});
