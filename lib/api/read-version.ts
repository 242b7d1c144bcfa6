import { AppError } from '@/lib/errors/app-error';

const isVersion = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 2_147_483_647;

/**
 * Splits a save's JSON body into the version the editor read and the rest (for validators that refuse
 * unknown fields). A missing or malformed version is the coded `record.version-required` (422): a save
 * must say what it read.
 *
 * @example
 * takeVersion({ version: 3, worker: 'Wang' }) // → { version: 3, rest: { worker: 'Wang' } }
 * takeVersion({ worker: 'Wang' }) // throws AppError('record.version-required')
 */
export function takeVersion(body: unknown): { version: number; rest: unknown } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new AppError('record.version-required', { field: 'version' });
  const { version, ...rest } = body as Record<string, unknown>;
  if (!isVersion(version)) throw new AppError('record.version-required', { field: 'version' });
  return { version, rest };
}

/**
 * The `?version=N` of a DELETE, or the coded `record.version-required`.
 *
 * @example
 * versionParam(new URLSearchParams('version=2')) // → 2
 */
export function versionParam(params: URLSearchParams): number {
  const raw = params.get('version');
  const version = raw !== null && /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!isVersion(version)) throw new AppError('record.version-required', { field: 'version' });
  return version;
}
