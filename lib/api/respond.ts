import 'server-only';
import { NextResponse } from 'next/server';
import { EmbeddedDatabaseBusyError } from '@/lib/db/embedded-lock';
import { AppError, isAppError, type ErrorParams } from '@/lib/errors/app-error';
import type { ErrorCode } from '@/lib/errors/catalogue';
import { errorBody } from '@/lib/errors/render-error';
import { settings } from '@/lib/env';
import { LOCALE_COOKIE, pickLocale } from '@/lib/i18n/locale';
import type { Locale } from '@/lib/i18n/messages';

/** A JSON error body every endpoint uses: `{ error: "…" }` plus optional details. Prefer `codedErrorResponse`. */
export function errorResponse(status: number, message: string, details?: Record<string, unknown>): NextResponse {
  return NextResponse.json({ error: message, ...details }, { status });
}

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

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', '57P01', '57P03']);

/** Whether the error means the database cannot be reached right now (answer 503, not 500). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof EmbeddedDatabaseBusyError) return true;
  const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  return code !== undefined && CONNECTION_CODES.has(code);
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
    console.error(error);
    if (isDatabaseUnavailable(error)) {
      return codedErrorResponse(request, 'server.database-unavailable', {}, { retryAfterSeconds: 30 }, { headers: { 'Retry-After': '30' } });
    }
    return codedErrorResponse(request, 'server.internal');
  }
}
