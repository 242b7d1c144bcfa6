import 'server-only';
import { NextResponse } from 'next/server';
import { EmbeddedDatabaseBusyError } from '@/lib/db/embedded-lock';
import { markDatabaseDown, RETRY_AFTER_SECONDS } from '@/lib/db/health';
import { AppError, isAppError, type ErrorParams } from '@/lib/errors/app-error';
import type { ErrorCode } from '@/lib/errors/catalogue';
import { errorBody } from '@/lib/errors/render-error';
import { settings } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { LOCALE_COOKIE, pickLocale } from '@/lib/i18n/locale';
import type { Locale } from '@/lib/i18n/messages';

/** The reader's language for an API answer: the interface switch's cookie, else Accept-Language, else zh-CN. */
export function requestLocale(request: Request | undefined): Locale {
  if (!request) return 'zh-CN';
  const cookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(request.headers.get('cookie') ?? '')?.[1];
  return pickLocale({ cookie: cookie === undefined ? undefined : decodeURIComponent(cookie), acceptLanguage: request.headers.get('accept-language') });
}

/**
 * A coded error as JSON in the request's language: `{ error, code, params?, ...details }`, with the status the
 * catalogue gives the code (never chosen from message text).
 *
 * @example
 * return codedErrorResponse(request, 'request.not-found');
 */
export function codedErrorResponse(
  request: Request | undefined,
  code: ErrorCode,
  params: ErrorParams = {},
  details: Record<string, unknown> = {},
  init: { headers?: HeadersInit } = {},
): NextResponse {
  const error = new AppError(code, params);
  return NextResponse.json({ ...errorBody(requestLocale(request), code, params, settings.timeZone), ...details }, { status: error.status, headers: init.headers });
}

/** An AppError as its JSON answer. */
export function appErrorResponse(request: Request | undefined, error: AppError, details: Record<string, unknown> = {}): NextResponse {
  return codedErrorResponse(request, error.code, error.params, { ...error.details, ...details });
}

/** The database cannot be reached: refused, reset, gone, shutting down, or the named database missing. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT', '57P01', '57P02', '57P03', '3D000']);
/** The database is there but busy: a lock wait or a statement past its timeout, too many connections. */
const BUSY_CODES = new Set(['55P03', '57014', '53300']);

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown })?.code ?? (error as { cause?: { code?: unknown } })?.cause?.code;
  return typeof code === 'string' ? code : undefined;
};

/** Whether the error means the database cannot be reached right now (answer 503, and pages 503 until it can). */
export function isDatabaseUnreachable(error: unknown): boolean {
  if (error instanceof EmbeddedDatabaseBusyError) return true;
  const code = codeOf(error);
  return code !== undefined && CONNECTION_CODES.has(code);
}

/** Whether the error means the database cannot answer this request right now (answer 503, not 500). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  return isDatabaseUnreachable(error) || (code !== undefined && BUSY_CODES.has(code));
}

/**
 * Whether the database refused a value (SQLSTATE class 22, "data exception": out of range, bad encoding,
 * a date it cannot represent). A backstop behind validation, so such input is a 400, never a 500.
 */
export function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown }).code ?? (error as { cause?: { code?: unknown } }).cause?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

/** Where a failure happened, for the log: method, path (no query string) and the proxy's request id. */
export function requestContext(request: Request | undefined): { method?: string; route?: string; requestId?: string } {
  if (!request) return {};
  let route: string | undefined;
  try {
    route = new URL(request.url).pathname;
  } catch {
    route = undefined;
  }
  return { method: request.method, route, requestId: request.headers.get('x-request-id') ?? undefined };
}

/**
 * Runs a route handler body; an AppError becomes its coded answer, infrastructure failures a 503 (database
 * unavailable, with Retry-After) or a 500 with no stack trace in the body, and are logged on the server.
 * Pass the request so the answer is in the reader's language.
 */
export async function withErrors(handler: () => Promise<Response>, request?: Request): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (isAppError(error)) return appErrorResponse(request, error);
    if (isDataException(error)) {
      // A value the validation let through but the database refused: the client's input, not a fault.
      logger.warn({ err: error, ...requestContext(request) }, 'input refused by the database');
      return codedErrorResponse(request, 'request.value-invalid');
    }
    logger.error({ err: error, ...requestContext(request) }, 'request failed');
    if (isDatabaseUnreachable(error)) markDatabaseDown();
    if (isDatabaseUnavailable(error)) {
      const seconds = RETRY_AFTER_SECONDS;
      return codedErrorResponse(request, 'server.database-unavailable', {}, { retryAfterSeconds: seconds }, { headers: { 'Retry-After': String(seconds) } });
    }
    return codedErrorResponse(request, 'server.internal');
  }
}
