import type { ErrorEntry } from './catalogue';

/** Input refused before it reaches the database (issue 20: every input validated, never a 500). */
export const inputErrors = {
  'request.text-nul': { status: 400, 'zh-CN': '字段 {field} 含有空字符（U+0000），无法保存。', en: 'The field {field} contains a NUL character (U+0000), which cannot be stored.' },
  'request.date-out-of-range': { status: 400, 'zh-CN': '{field} 的日期超出范围（须在 1900 年至 2199 年之间）。', en: 'The date in {field} is out of range (it must fall in the years 1900–2199).' },
  'request.value-invalid': { status: 400, 'zh-CN': '请求中的某个值超出范围或格式不对，无法处理。', en: 'A value in the request is out of range or malformed and cannot be used.' },
} as const satisfies Record<string, ErrorEntry>;
