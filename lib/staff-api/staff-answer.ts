/**
 * A refusal from the staff API as data: the stable `code` (null only from an endpoint that has none yet),
 * the message already rendered in the reader's language, its parameters, the field at fault, and any other
 * fields of the answer (`details`: what the screen needs to resolve it, e.g. a spreadsheet's header).
 */
export type StaffError = { status: number; code: string | null; message: string; params: Record<string, unknown>; field?: string; details?: Record<string, unknown> };

/** The fields every coded answer has; anything else in the body is the refusal's details (a sheet's header, say). */
const STANDARD_KEYS = new Set(['error', 'code', 'params', 'field', 'current']);

/**
 * A staff API answer: the body on success; else the coded error, and for a 409 version conflict the record
 * as the other person saved it (`current`), so the screen can show both.
 */
export type StaffAnswer<T, Current = never> =
  | { ok: true; body: T }
  | { ok: false; error: StaffError; conflict?: { current: Current } };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads an answer's status and JSON body (`{}` when it had none) into a `StaffAnswer`. A 409 carrying
 * `current` is a version conflict; the message falls back to "HTTP <status>" when the body has none.
 *
 * @example
 * readStaffAnswer(422, { error: '区域边界自相交…', code: 'zone.self-intersection', params: { count: 1 } })
 * // → { ok: false, error: { status: 422, code: 'zone.self-intersection', message: '区域边界自相交…', params: { count: 1 } } }
 */
export function readStaffAnswer<T, Current = never>(status: number, json: unknown): StaffAnswer<T, Current> {
  const body = isRecord(json) ? json : {};
  if (status >= 200 && status < 300) return { ok: true, body: body as T };
  const error: StaffError = {
    status,
    code: typeof body.code === 'string' ? body.code : null,
    message: typeof body.error === 'string' && body.error ? body.error : `HTTP ${status}`,
    params: isRecord(body.params) ? body.params : {},
    ...(typeof body.field === 'string' ? { field: body.field } : {}),
  };
  const details = Object.entries(body).filter(([key]) => !STANDARD_KEYS.has(key));
  if (details.length) error.details = Object.fromEntries(details);
  return status === 409 && isRecord(body.current) ? { ok: false, error, conflict: { current: body.current as Current } } : { ok: false, error };
}

/**
 * The fetch arguments for a staff API call: JSON in, JSON out, same-origin cookies.
 *
 * @example
 * staffRequest('DELETE', '/api/staff/zones/3', undefined) // → ['/api/staff/zones/3', { method: 'DELETE', headers: { accept: 'application/json' } }]
 */
export function staffRequest(method: string, url: string, body: unknown): [string, RequestInit] {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body === undefined) return [url, { method, headers }];
  return [url, { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) }];
}

/**
 * A path with query parameters, each encoded.
 *
 * @example
 * staffPath('/api/staff/zones/3', { version: 4 }) // → '/api/staff/zones/3?version=4'
 */
export function staffPath(path: string, query: Record<string, string | number> = {}): string {
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
