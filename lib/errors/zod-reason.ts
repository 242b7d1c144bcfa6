import type { ZodError } from 'zod';
import type { LocalizedText } from './app-error';
import { reasonOfMessage } from './field-reasons';

type Issue = ZodError['issues'][number];

const TYPE_WORDS: Record<string, LocalizedText> = {
  number: { 'zh-CN': '数字', en: 'a number' },
  string: { 'zh-CN': '文本', en: 'text' },
  boolean: { 'zh-CN': 'true 或 false', en: 'true or false' },
  object: { 'zh-CN': '对象', en: 'an object' },
  array: { 'zh-CN': '列表', en: 'a list' },
  int: { 'zh-CN': '整数', en: 'a whole number' },
};

const both = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

function sizeReason(issue: Issue & { code: 'too_small' | 'too_big' }): LocalizedText {
  const isSmall = issue.code === 'too_small';
  const limit = String(isSmall ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
  const inclusive = (issue as { inclusive?: boolean }).inclusive !== false;
  const origin = (issue as { origin?: string }).origin;
  if (origin === 'string' && isSmall && limit === '1') return both('不能为空', 'must not be empty');
  if (origin === 'string') return isSmall ? both(`至少 ${limit} 个字符`, `must be at least ${limit} characters`) : both(`最多 ${limit} 个字符`, `must be at most ${limit} characters`);
  if ((origin === 'array' || origin === 'set') && isSmall && limit === '1') return both('不能为空', 'must not be empty');
  if (origin === 'array' || origin === 'set') return isSmall ? both(`至少 ${limit} 项`, `must have at least ${limit} items`) : both(`最多 ${limit} 项`, `must have at most ${limit} items`);
  if (isSmall) return inclusive ? both(`不能小于 ${limit}`, `must be at least ${limit}`) : both(`须大于 ${limit}`, `must be greater than ${limit}`);
  return inclusive ? both(`不能大于 ${limit}`, `must be at most ${limit}`) : both(`须小于 ${limit}`, `must be less than ${limit}`);
}

/**
 * Why a value failed a zod schema, in both languages: the reason the schema named (`reason(key)`), else from
 * the issue's code and numbers (never zod's English text).
 *
 * @example
 * zodReason(schema.safeParse(-5).error!.issues[0]) // → { 'zh-CN': '不能小于 0', en: 'must be at least 0' }
 */
export function zodReason(issue: Issue): LocalizedText {
  const named = reasonOfMessage(issue.message);
  if (named) return named;
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
      return sizeReason(issue);
    case 'invalid_type': {
      const expected = TYPE_WORDS[String((issue as { expected?: unknown }).expected)] ?? both('正确的类型', 'the right type');
      // A word in Latin letters (true 或 false) is set off by a space, as Chinese typesetting does.
      const zh = expected['zh-CN'];
      return { 'zh-CN': /^[A-Za-z]/.test(zh) ? `须为 ${zh}` : `须为${zh}`, en: `must be ${expected.en}` };
    }
    case 'invalid_value': {
      const values = ((issue as { values?: unknown[] }).values ?? []).map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
      return both(`须为以下之一：${values.join('、')}`, `must be one of ${values.join(', ')}`);
    }
    case 'unrecognized_keys': {
      const keys = ((issue as { keys?: string[] }).keys ?? []).join(', ');
      return both(`不认识的字段：${keys}`, `has unknown fields: ${keys}`);
    }
    case 'invalid_format':
      return both('格式不对', 'has the wrong format');
    default:
      return both('值无效', 'is not valid');
  }
}

/**
 * The dotted path of an issue, prefixed (`rule.distanceMeters`), or the prefix alone for the whole value.
 *
 * @example
 * issueField(issue, 'rule') // → 'rule.distanceMeters'
 */
export function issueField(issue: Issue, prefix?: string): string {
  return [...(prefix ? [prefix] : []), ...issue.path.map(String)].join('.') || '(body)';
}
