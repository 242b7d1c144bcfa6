import { describe, expect, it } from 'vitest';
import { z } from '@/lib/validation/zod';
import { boundedText, databaseId } from '@/lib/validation/bounded-input';
import { FIELD_REASONS, reason } from './field-reasons';
import { zodReason } from './zod-reason';

const reasonOf = (schema: z.ZodType, value: unknown) => zodReason(schema.safeParse(value).error!.issues[0]);

describe('zodReason', () => {
  it('renders a reason the schema names, in both languages alike', () => {
    expect(reasonOf(boundedText({ max: 10 }), 'a\u0000b')).toEqual(FIELD_REASONS['no-nul']);
    expect(reasonOf(databaseId('choose-community'), 0)).toEqual({ 'zh-CN': '请选择社区', en: 'choose a community' });
    expect(reasonOf(z.string().refine(() => false, reason('date')), 'x')).toEqual(FIELD_REASONS.date);
  });

  it('words zod’s own checks from their kind and numbers, never from zod’s English', () => {
    expect(reasonOf(z.number().min(0), -5)).toEqual({ 'zh-CN': '不能小于 0', en: 'must be at least 0' });
    expect(reasonOf(z.string().min(1), '')).toEqual({ 'zh-CN': '不能为空', en: 'must not be empty' });
    expect(reasonOf(z.array(z.number()).min(1), [])).toEqual({ 'zh-CN': '不能为空', en: 'must not be empty' });
    expect(reasonOf(z.array(z.number()).min(2), [1])).toEqual({ 'zh-CN': '至少 2 项', en: 'must have at least 2 items' });
    expect(reasonOf(z.boolean(), 'yes')).toEqual({ 'zh-CN': '须为 true 或 false', en: 'must be true or false' });
    expect(reasonOf(z.enum(['sealed', 'controlled']), 'x')).toEqual({ 'zh-CN': '须为以下之一：sealed、controlled', en: 'must be one of sealed, controlled' });
  });

  it('falls back to a generic reason for an unnamed custom check rather than showing English to a Chinese reader', () => {
    expect(reasonOf(z.string().refine(() => false, 'some English hint'), 'x')).toEqual({ 'zh-CN': '值无效', en: 'is not valid' });
  });
});
