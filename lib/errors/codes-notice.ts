import type { ErrorEntry } from './catalogue';

/** Reading a case notice into a draft track. */
export const noticeErrors = {
  'notice.text-invalid': { status: 422, 'zh-CN': '通报正文须为 1 至 {max} 个字符的文字（不含控制字符）。', en: 'The notice text must be 1 to {max} characters of text (no control characters).' },
  'notice.published-invalid': { status: 422, 'zh-CN': '发布日期须为 2000 年至今天之间的日期（YYYY-MM-DD）。', en: 'The publication day must be a date between 2000 and today (YYYY-MM-DD).' },
  'notice.region-invalid': { status: 422, 'zh-CN': '城市名称最多 {max} 个字符。', en: 'The city name may have at most {max} characters.' },
} as const satisfies Record<string, ErrorEntry>;
