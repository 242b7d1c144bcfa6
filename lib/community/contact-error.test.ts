import { describe, expect, it } from 'vitest';
import { errorBody } from '@/lib/errors/render-error';
import { contactErrorText } from './contact-error';

const columns = { label: 'Label', phone: 'Phone' };
const reason = { 'zh-CN': '须为电话号码', en: 'must be a phone number' };

describe('contactErrorText', () => {
  it('names a refused row from 1 with its column, in the reader’s language', () => {
    const body = errorBody('en', 'request.field-invalid', { field: 'contacts.1.phone', reason });
    const error = { status: 400, code: body.code, message: body.error, params: body.params ?? {}, field: 'contacts.1.phone' };
    expect(contactErrorText(error, 'en', columns)).toBe('The field #2 Phone is invalid: must be a phone number');
    expect(contactErrorText(error, 'zh-CN', { label: '名称', phone: '电话' })).toBe('字段 #2 电话 无效：须为电话号码');
  });

  it('reads the field from the params when the body has none', () => {
    const error = { status: 422, code: 'form.field-invalid', message: 'contacts.0.label: …', params: { field: 'contacts.0.label', reason } };
    expect(contactErrorText(error, 'en', columns)).toBe('#1 Label: must be a phone number');
  });

  it('keeps the server’s message for anything else', () => {
    const base = { status: 400, params: {}, message: 'server says' };
    expect(contactErrorText({ ...base, code: null, field: 'contacts.1.phone' }, 'en', columns)).toBe('server says');
    expect(contactErrorText({ ...base, code: 'request.field-invalid', field: 'contacts' }, 'en', columns)).toBe('server says');
    expect(contactErrorText({ ...base, code: 'contacts.version-conflict' }, 'en', columns)).toBe('server says');
  });
});
