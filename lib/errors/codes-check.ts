import type { ErrorEntry } from './catalogue';

/** The resident check: trajectory files, rules and limits. */
export const checkErrors = {
  'check.rule-invalid': { status: 400, 'zh-CN': '比对规则的 {field} 无效：{reason}', en: 'The rule field {field} is invalid: {reason}' },
  'check.time-zone-invalid': {
    status: 400,
    'zh-CN': '时区“{timeZone}”无效：请使用 IANA 时区名，例如 Asia/Shanghai。',
    en: 'The time zone "{timeZone}" is not valid: use an IANA zone name such as Asia/Shanghai.',
  },
} as const satisfies Record<string, ErrorEntry>;
