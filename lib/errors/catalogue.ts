import { authErrors } from './codes-auth';
import { briefingErrors } from './codes-briefing';
import { checkErrors } from './codes-check';
import { checkScaleErrors } from './codes-check-scale';
import { commonErrors } from './codes-common';
import { inputErrors } from './codes-input';
import { noticeErrors } from './codes-notice';
import { parseErrors } from './codes-parse';
import { parseWarnings } from './codes-parse-warnings';
import { queryErrors } from './codes-query';
import { spreadsheetErrors } from './codes-spreadsheet';
import { staffErrors } from './codes-staff';

/**
 * One entry per error code: its HTTP status and its message in zh-CN and en. Templates name parameters as
 * `{name}`; an instant parameter is written in the reader's time zone, and `{line}`-style numbers are 1-based
 * as the thrower passes them. Each feature keeps its codes in its own `codes-*.ts` file.
 */
export const ERROR_CATALOGUE = {
  ...commonErrors,
  ...inputErrors,
  ...authErrors,
  ...checkErrors,
  ...checkScaleErrors,
  ...parseErrors,
  ...parseWarnings,
  ...queryErrors,
  ...staffErrors,
  ...spreadsheetErrors,
  ...noticeErrors,
  ...briefingErrors,
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export type ErrorEntry = { status: number; 'zh-CN': string; en: string };

/** Whether a string is a known error code (for codes that arrive over the wire). */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CATALOGUE, value);
}
