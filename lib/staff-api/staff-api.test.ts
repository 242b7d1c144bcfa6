import { describe, expect, it } from 'vitest';
import { callStaffApi, type FetchLike } from './call-staff-api';
import { readStaffAnswer, staffPath, staffRequest } from './staff-answer';
import { zonesApi } from './zones-api';
import { adminApi } from './admin-api';
import { casesApi } from './cases-api';

/** A fetch that records its calls and answers with the given status and body (a string body is not JSON). */
function fakeFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return { status, json: async () => (typeof body === 'string' ? JSON.parse(body) : body) };
  };
  return { calls, fetchImpl };
}

describe('readStaffAnswer', () => {
  it('gives the body of a 2xx answer', () => {
    expect(readStaffAnswer(201, { zone: { id: 1 } })).toEqual({ ok: true, body: { zone: { id: 1 } } });
  });

  it('reads a coded refusal: code, rendered message, params and field', () => {
    const body = { error: '联系电话 无效：…', code: 'form.field-invalid', params: { field: 'contacts.1.phone' }, field: 'contacts.1.phone' };
    expect(readStaffAnswer(422, body)).toEqual({
      ok: false,
      error: { status: 422, code: 'form.field-invalid', message: '联系电话 无效：…', params: { field: 'contacts.1.phone' }, field: 'contacts.1.phone' },
    });
  });

  it('recognises a 409 carrying the current record as a version conflict', () => {
    const answer = readStaffAnswer<unknown, { version: number }>(409, { error: 'Someone else…', code: 'zone.conflict', params: { version: 5 }, current: { version: 5 } });
    expect(answer.ok === false && answer.conflict).toEqual({ current: { version: 5 } });
    // A 409 without a record (an expired undo) is a plain refusal.
    const expired = readStaffAnswer(409, { error: 'The undo window has passed', code: 'zone.undo-expired' });
    expect(expired.ok === false && expired.conflict).toBeUndefined();
  });

  it('keeps what else a refusal carries as its details (the sheet the mapping step starts from)', () => {
    const sheet = { header: ['patient_id'], columns: {}, missing: ['caseCode'] };
    const answer = readStaffAnswer(422, { error: 'x', code: 'sheet.columns-missing', params: {}, sheet });
    expect(answer.ok === false && answer.error.details).toEqual({ sheet });
    expect(readStaffAnswer(409, { error: 'x', code: 'zone.conflict', current: { version: 2 } })).not.toHaveProperty('error.details');
  });

  it('falls back to the status when the body says nothing, and keeps code null for an uncoded answer', () => {
    expect(readStaffAnswer(502, 'Bad gateway')).toEqual({ ok: false, error: { status: 502, code: null, message: 'HTTP 502', params: {} } });
    expect(readStaffAnswer(400, { error: 'id: must be a positive whole number', params: [1] })).toMatchObject({ error: { code: null, message: 'id: must be a positive whole number', params: {} } });
  });
});

describe('staffRequest and staffPath', () => {
  it('sends JSON only when there is a body', () => {
    expect(staffRequest('PUT', '/x', { a: 1 })).toEqual(['/x', { method: 'PUT', headers: { accept: 'application/json', 'content-type': 'application/json' }, body: '{"a":1}' }]);
    expect(staffRequest('DELETE', '/x', undefined)).toEqual(['/x', { method: 'DELETE', headers: { accept: 'application/json' } }]);
  });
  it('encodes query parameters', () => {
    expect(staffPath('/api/staff/zones/3', { version: 4 })).toBe('/api/staff/zones/3?version=4');
    expect(staffPath('/a', { q: 'a&b' })).toBe('/a?q=a%26b');
    expect(staffPath('/a')).toBe('/a');
  });
});

describe('callStaffApi', () => {
  it('reads a body that is not JSON as empty', async () => {
    const { fetchImpl } = fakeFetch(500, '<html>');
    expect(await callStaffApi('GET', '/x', undefined, fetchImpl)).toEqual({ ok: false, error: { status: 500, code: null, message: 'HTTP 500', params: {} } });
  });
});

describe('zonesApi', () => {
  it('sends each write to its endpoint with the version it read', async () => {
    const { calls, fetchImpl } = fakeFetch(200, { zone: { id: 3, version: 5 } });
    const api = zonesApi(fetchImpl);
    await api.lift(3, 4);
    await api.step(3, 4, 'controlled');
    await api.undo(3, 5);
    await api.remove(3, 5);
    expect(calls.map((c) => [c.init.method, c.url, c.init.body])).toEqual([
      ['POST', '/api/staff/zones/3/lift', '{"version":4}'],
      ['POST', '/api/staff/zones/3/step', '{"version":4,"to":"controlled"}'],
      ['POST', '/api/staff/zones/3/undo', '{"version":5}'],
      ['DELETE', '/api/staff/zones/3?version=5', undefined],
    ]);
  });

  it('returns the saved zone, or the other editor’s version on a conflict', async () => {
    expect(await zonesApi(fakeFetch(201, { zone: { id: 7 } }).fetchImpl).createMany([])).toEqual({ ok: true, body: { zone: { id: 7 } } });
    const conflict = await zonesApi(fakeFetch(409, { error: 'x', code: 'zone.conflict', current: { id: 3, version: 6 } }).fetchImpl).update(3, {
      kind: 'sealed',
      name: 'A',
      effectiveFrom: null,
      plannedLift: null,
      note: null,
      geometry: null,
      version: 5,
    });
    expect(conflict.ok === false && conflict.conflict?.current.version).toBe(6);
  });
});

describe('adminApi', () => {
  it('sends each screen’s writes to their endpoints', async () => {
    const { calls, fetchImpl } = fakeFetch(200, {});
    const api = adminApi(fetchImpl);
    await api.users.create({ username: 'li', role: 'staff', password: 'pw' });
    await api.users.setDisabled(4, true);
    await api.targets.save(null, { district: 'Jung-gu', targetCount: 3, dueOn: '2020-04-01' });
    await api.targets.save(2, { district: 'Jung-gu', targetCount: null, dueOn: '2020-04-01', version: 3 });
    await api.targets.remove(2);
    await api.rounds.save(null, { testedOn: '2020-03-07' });
    await api.rounds.save(9, { testedOn: '2020-03-07', version: 2 });
    await api.rounds.remove(9);
    await api.communities.saveContacts(5, 1, [{ label: 'Help', phone: '010' }]);
    await api.communities.saveWorker(5, 6, { version: 2, worker: null, workerPhone: null });
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
      'POST /api/staff/users',
      'PATCH /api/staff/users/4',
      'POST /api/staff/targets',
      'PUT /api/staff/targets/2',
      'DELETE /api/staff/targets/2',
      'POST /api/staff/rounds',
      'PUT /api/staff/rounds/9',
      'DELETE /api/staff/rounds/9',
      'PUT /api/staff/communities/5/contacts',
      'PATCH /api/staff/communities/5/grid-cells/6',
    ]);
    expect(JSON.parse(String(calls[8].init.body))).toEqual({ version: 1, contacts: [{ label: 'Help', phone: '010' }] });
  });

  it('hands back the other editor’s list on a contacts conflict', async () => {
    const current = { id: 5, contactsVersion: 2, contacts: [] };
    const answer = await adminApi(fakeFetch(409, { error: 'x', code: 'contacts.version-conflict', current }).fetchImpl).communities.saveContacts(5, 1, []);
    expect(answer.ok === false && answer.conflict?.current).toEqual(current);
  });
});

describe('casesApi', () => {
  it('encodes the case code in its path and names the version on delete', async () => {
    const { calls, fetchImpl } = fakeFetch(200, {});
    const api = casesApi(fetchImpl);
    await api.publish('C 1/2', true);
    await api.remove('C 1/2', 3);
    await api.readNotice({ text: 't', published: '2020-03-07', region: '' });
    await api.updateReport(8, { status: 'contacted', notes: '' });
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
      'POST /api/staff/cases/C%201%2F2/publish',
      'DELETE /api/staff/cases/C%201%2F2?version=3',
      'POST /api/staff/notices/read',
      'PATCH /api/staff/reports/8',
    ]);
  });

  it('hands back the saved case on a conflict', async () => {
    const current = { code: 'C-1', version: 4 };
    const answer = await casesApi(fakeFetch(409, { error: 'x', code: 'case.version-conflict', current }).fetchImpl).save({});
    expect(answer.ok === false && answer.conflict?.current).toEqual(current);
  });
});
