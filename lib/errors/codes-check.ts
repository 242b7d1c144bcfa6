import type { ErrorEntry } from './catalogue';

/** The resident check: trajectory files, rules and limits. */
export const checkErrors = {
  'check.rule-invalid': { status: 400, 'zh-CN': '比对规则的 {field} 无效：{reason}', en: 'The rule field {field} is invalid: {reason}' },
} as const satisfies Record<string, ErrorEntry>;
