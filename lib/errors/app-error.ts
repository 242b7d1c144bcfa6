import { ERROR_CATALOGUE, type ErrorCode } from './catalogue';

/** Values a message template may name: numbers, text, or an instant (rendered in the reader's zone). */
export type ErrorParams = Record<string, string | number | boolean | null | undefined | { instant: string | number }>;

/**
 * An error a user can meet: a stable `code`, its parameters, and the HTTP status the catalogue gives the code.
 * The message is rendered in the reader's language at the edge (`renderError`), never decided by text.
 *
 * @example
 * throw new AppError('check.rule-invalid', { field: 'distanceMeters' })
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly status: number;

  constructor(code: ErrorCode, params: ErrorParams = {}, options: { cause?: unknown } = {}) {
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`, options);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.status = ERROR_CATALOGUE[code].status;
  }
}

/** Whether a value is an AppError (also across module copies, where `instanceof` can fail). */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError || (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'AppError' && typeof (value as { code?: unknown }).code === 'string');
}
