import { renderError } from '../errors/render-error';
import type { Locale } from '../i18n/messages';
import type { ParseWarning } from './types';

/**
 * A file reader's warnings in the reader's language.
 *
 * @example
 * warningTexts([{ code: 'parse.warning-gpx-untimed', params: { at: { 'zh-CN': 'GPX 文件', en: 'GPX' }, count: 3, total: 120 } }], 'en')
 * // → ['GPX: 3 of 120 points had no <time> and were dropped']
 */
export function warningTexts(warnings: readonly ParseWarning[], locale: Locale, timeZone?: string): string[] {
  return warnings.map((warning) => renderError(locale, warning.code, warning.params, timeZone));
}
