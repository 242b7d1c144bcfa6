import type { LocalizedText } from './app-error';

const both = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/**
 * Why a field was refused, for checks zod cannot word itself (a refine, a regex, a custom hint), in both
 * languages. A schema names one by `reason(key)` as its message; `zodReason` renders it.
 */
export const FIELD_REASONS = {
  'no-nul': both('不能含有空字符（U+0000）', 'must not contain a NUL character (U+0000)'),
  required: both('不能为空', 'is required'),
  'json-object': both('须为 JSON 对象', 'must be a JSON object'),
  date: both('须为日期（YYYY-MM-DD）', 'must be a date (YYYY-MM-DD)'),
  instant: both('须为带时区偏移的日期时间，例如 2022-04-01T08:00:00+08:00', 'must be a date and time with an offset, e.g. 2022-04-01T08:00:00+08:00'),
  id: both('须为编号（1 至 2147483647 的整数）', 'must be an id (a whole number from 1 to 2147483647)'),
  'choose-community': both('请选择社区', 'choose a community'),
  'choose-district': both('请选择区', 'choose a district'),
  'community-unknown': both('没有这个社区', 'no such community'),
  'version-read': both('须为您读取的版本号', 'must be the version you read'),
  'contact-label': both('不能为空（写明号码的用途，例如“就医协助”）', 'is required (what the number is for, e.g. "Medical help")'),
  'phone-contact': both(
    '须为 3–25 个字符的电话号码：数字、空格、“-”和“( )”，可以“+”开头（例如 010-0000-5001）',
    'must be a phone number of 3–25 characters: digits, spaces, "-" and "( )", optionally starting with "+" (e.g. 010-0000-5001)',
  ),
  'phone-report': both('须为 6 至 25 个字符的电话号码：数字、空格和 + ( ) -', 'must be a phone number: digits, spaces, + ( ) -, 6 to 25 characters'),
  username: both('须为 2–100 个字母、数字、“.”、“_”或“-”', 'must be 2–100 letters, digits, ".", "_" or "-"'),
  'case-code': both('须为 1–40 个字母、数字、“.”、“_”或“-”，例如 C-012', 'is 1–40 letters, digits, ".", "_" or "-", e.g. C-012'),
  'instant-1990-2100': both('须为 1990 年至 2100 年之间真实存在的日期时间', 'is not a real date between 1990 and 2100'),
  'after-effective-from': both('须晚于 effectiveFrom', 'must be after effectiveFrom'),
  'not-before-effective-from': both('不能早于 effectiveFrom', 'must not be before effectiveFrom'),
  'after-effective': both('须晚于区域生效时间', 'must be after the zone takes effect'),
  'not-before-start': both('不能早于开始时间', 'must not be before the start'),
  consent: both('须为 true：居民须同意发送此报告', 'must be true: the resident has to agree to send this report'),
  'over-2-mb': both('超过 2 MB', 'is larger than 2 MB'),
  'publish-flag': both('须为 true（发布）或 false（撤回）', 'must be true to publish, false to take back'),
  'file-text': both('须为文件的文本内容，最多 2000 万个字符', 'must be the file’s text, at most 20 million characters'),
  'expected-versions': both('须把病例编号对应到预览显示的版本号', 'must map case codes to the versions the preview showed'),
  'case-code-list': both('须为病例编号列表', 'must be a list of case codes'),
  'file-base64': both('须为 Base64 编码的文件内容，最多 2000 万个字符', 'must be the file’s bytes in Base64, at most 20 million characters'),
  'sheet-columns': both('须把表格的列（caseCode、place、lng、lat、date、timeRange、start、end 等）对应到从 0 起的列序号', 'must map sheet columns (caseCode, place, lng, lat, date, timeRange, start, end, …) to 0-based column numbers'),
} as const satisfies Record<string, LocalizedText>;

export type FieldReason = keyof typeof FIELD_REASONS;

const PREFIX = 'reason:';

/**
 * The message a zod check carries to name a reason from FIELD_REASONS (rendered in both languages by `zodReason`).
 *
 * @example
 * z.string().refine(hasNoNul, reason('no-nul'))
 */
export function reason(key: FieldReason): string {
  return PREFIX + key;
}

/**
 * The reason a zod message names, or undefined for any other message.
 *
 * @example
 * reasonOfMessage('reason:no-nul') // → { 'zh-CN': '不能含有空字符（U+0000）', en: 'must not contain a NUL character (U+0000)' }
 */
export function reasonOfMessage(message: string): LocalizedText | undefined {
  if (!message.startsWith(PREFIX)) return undefined;
  const key = message.slice(PREFIX.length);
  return Object.hasOwn(FIELD_REASONS, key) ? FIELD_REASONS[key as FieldReason] : undefined;
}
