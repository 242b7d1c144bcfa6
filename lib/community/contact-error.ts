import type { ErrorParams } from '@/lib/errors/app-error';
import { isErrorCode } from '@/lib/errors/catalogue';
import { renderError } from '@/lib/errors/render-error';
import type { Locale } from '@/lib/i18n/messages';
import type { StaffError } from '@/lib/staff-api/staff-answer';

const FIELD_CODES = new Set(['request.field-invalid', 'form.field-invalid']);

/**
 * The text for a refused contacts save. A field error about one row (`field` `contacts.1.phone`) is
 * rendered again from its code with the field as staff see it — the row number counted from 1 and the
 * column's label (`#2 Phone`); any other refusal keeps the server's message. Decided by the code and the
 * structured field, never by the message text.
 *
 * @example
 * contactErrorText({ code: 'request.field-invalid', field: 'contacts.1.phone', params: { field: 'contacts.1.phone', reason }, … }, 'en', { label: 'Label', phone: 'Phone' })
 * // → 'The field #2 Phone is invalid: …'
 */
export function contactErrorText(error: Pick<StaffError, 'code' | 'message' | 'params' | 'field'>, locale: Locale, columns: { label: string; phone: string }): string {
  const field = error.field ?? (typeof error.params.field === 'string' ? error.params.field : undefined);
  const at = field === undefined ? null : /^contacts\.(\d+)\.(label|phone)$/.exec(field);
  if (!at || !isErrorCode(error.code) || !FIELD_CODES.has(error.code)) return error.message;
  return renderError(locale, error.code, { ...(error.params as ErrorParams), field: `#${Number(at[1]) + 1} ${columns[at[2] as 'label' | 'phone']}` });
}
