import { formatInstant } from '@/lib/i18n/format-time';
import type { Locale } from '@/lib/i18n/messages';
import { isAppError, type ErrorParams } from './app-error';
import { ERROR_CATALOGUE, isErrorCode, type ErrorCode } from './catalogue';

/** The JSON body of an error answer: `error` is the rendered message, `code` and `params` are for programs. */
export type ErrorBody = { error: string; code: ErrorCode; params?: Record<string, unknown> };

function paramText(value: ErrorParams[string], locale: Locale, timeZone: string): string {
  if (value !== null && typeof value === 'object') return 'instant' in value ? formatInstant(value.instant, locale, timeZone) : value[locale];
  return String(value ?? '');
}

/**
 * An error code's message in the reader's language, with instants in their time zone.
 *
 * @example
 * renderError('zh-CN', 'check.rule-invalid', { field: 'distanceMeters', reason: '须为正数' }, 'Asia/Shanghai')
 * // → '比对规则的 distanceMeters 无效：须为正数'
 */
export function renderError(locale: Locale, code: ErrorCode, params: ErrorParams = {}, timeZone = 'Asia/Shanghai'): string {
  const template: string = (isErrorCode(code) ? ERROR_CATALOGUE[code] : ERROR_CATALOGUE['server.internal'])[locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? paramText(params[name], locale, timeZone) : whole));
}

/** Plain parameters for the wire: instants as ISO strings. */
export function wireParams(params: ErrorParams): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, value !== null && typeof value === 'object' && 'instant' in value ? new Date(value.instant).toISOString() : value]),
  );
}

/**
 * The JSON body for a coded error.
 *
 * @example
 * errorBody('en', 'request.not-found') // → { error: 'No such record.', code: 'request.not-found' }
 */
export function errorBody(locale: Locale, code: ErrorCode, params: ErrorParams = {}, timeZone?: string): ErrorBody {
  const body: ErrorBody = { error: renderError(locale, code, params, timeZone), code };
  if (Object.keys(params).length > 0) body.params = wireParams(params);
  return body;
}

/** A coded warning as JSON: `message` in the reader's language, `code` and `params` for programs. */
export type WarningBody = { message: string; code: ErrorCode; params?: Record<string, unknown> };

/**
 * The JSON of a coded warning (a file reader's note that something was skipped, dropped or assumed).
 *
 * @example
 * warningBody('en', 'parse.warning-gpx-untimed', { at: 'GPX', count: 3, total: 120 })
 * // → { message: 'GPX: 3 of 120 points had no <time> and were dropped', code: 'parse.warning-gpx-untimed', params: { at: 'GPX', count: 3, total: 120 } }
 */
export function warningBody(locale: Locale, code: ErrorCode, params: ErrorParams = {}, timeZone?: string): WarningBody {
  const { error, ...rest } = errorBody(locale, code, params, timeZone);
  return { message: error, ...rest };
}

/**
 * The text to show for anything thrown: an AppError rendered in the reader's language, else its message.
 *
 * @example
 * errorText(new AppError('request.not-found'), 'zh-CN') // → '找不到该记录。'
 */
export function errorText(error: unknown, locale: Locale, timeZone?: string): string {
  if (isAppError(error)) return renderError(locale, error.code, error.params, timeZone);
  return error instanceof Error ? error.message : String(error);
}
