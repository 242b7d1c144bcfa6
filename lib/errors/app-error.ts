import { ERROR_CATALOGUE, type ErrorCode } from './catalogue';

/** Text already written in both languages (a parser's "CSV line 7" / "CSV 文件第 7 行"). */
export type LocalizedText = { 'zh-CN': string; en: string };

/** Values a message template may name: numbers, text, an instant (rendered in the reader's zone), or text in both languages. */
export type ErrorParams = Record<string, string | number | boolean | null | undefined | { instant: string | number } | LocalizedText>;

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
  /** Extra fields for the JSON answer beside `error`, `code` and `params` (a parser's `line`, a conflict's `current`). */
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, params: ErrorParams = {}, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`, options);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.status = ERROR_CATALOGUE[code].status;
    this.details = options.details ?? {};
  }
}

/** Whether a value is an AppError (also across module copies, where `instanceof` can fail). */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError || (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'AppError' && typeof (value as { code?: unknown }).code === 'string');
}

/** An error as it crosses a worker or the network: its code and parameters, or a plain message for a bug. */
export type WireError = { code: ErrorCode; params: ErrorParams } | { message: string };

/**
 * The wire form of a thrown value (structured-clone safe).
 *
 * @example
 * toWireError(new AppError('request.not-found')) // → { code: 'request.not-found', params: {} }
 */
export function toWireError(error: unknown): WireError {
  if (isAppError(error)) return { code: error.code, params: error.params };
  return { message: error instanceof Error ? error.message : String(error) };
}

/**
 * A thrown value again from its wire form: an AppError when it has a known code.
 *
 * @example
 * fromWireError({ code: 'request.not-found', params: {} }) // → AppError request.not-found
 */
export function fromWireError(wire: WireError): Error {
  if ('code' in wire && Object.hasOwn(ERROR_CATALOGUE, wire.code)) return new AppError(wire.code, wire.params);
  return new Error('message' in wire ? wire.message : 'Unknown error');
}
