import { readStaffAnswer, staffRequest, type StaffAnswer } from './staff-answer';

/** The fetch the client uses; tests pass their own. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Pick<Response, 'status' | 'json'>>;

/**
 * One call to the staff API: sends JSON and reads the answer; a body that is not JSON reads as `{}`.
 * A network failure rejects (the browser's own error), as `fetch` does.
 *
 * @example
 * const answer = await callStaffApi<{ zone: ZoneSnapshot }, ZoneSnapshot>('POST', '/api/staff/zones/3/lift', { version: 4 });
 * if (!answer.ok && answer.conflict) showTheirs(answer.conflict.current);
 */
export async function callStaffApi<T, Current = never>(method: string, url: string, body?: unknown, fetchImpl: FetchLike = (u, i) => fetch(u, i)): Promise<StaffAnswer<T, Current>> {
  const response = await fetchImpl(...staffRequest(method, url, body));
  const json: unknown = await response.json().catch(() => ({}));
  return readStaffAnswer<T, Current>(response.status, json);
}
