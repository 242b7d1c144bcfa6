import type { ErrorEntry } from './catalogue';

/** The officials' briefing and the place search. */
export const briefingErrors = {
  'briefing.instant-invalid': {
    status: 400,
    'zh-CN': '参数 {parameter} 须为带时区的 ISO 8601 时间，例如 2022-04-01T07:30:00+08:00。',
    en: 'The parameter {parameter} must be an ISO 8601 instant with an offset, e.g. 2022-04-01T07:30:00+08:00.',
  },
  'briefing.since-not-before-at': {
    status: 400,
    'zh-CN': '起始时间 {since} 须早于简报时间 {at}。',
    en: 'The start {since} must be before the briefing time {at}.',
  },
  'briefing.window-too-long': {
    status: 400,
    'zh-CN': '统计区间最长 {days} 天。',
    en: 'The window may span at most {days} days.',
  },
  'search.query-invalid': {
    status: 400,
    'zh-CN': '搜索词须为 {min}–{max} 个字符。',
    en: 'The search text must be {min}–{max} characters long.',
  },
} as const satisfies Record<string, ErrorEntry>;
