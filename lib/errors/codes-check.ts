import type { ErrorEntry } from './catalogue';

/** The resident check: its request, rules and limits (parser errors are in codes-parse.ts). */
export const checkErrors = {
  'check.rule-invalid': { status: 400, 'zh-CN': '比对规则的 {field} 无效：{reason}', en: 'The rule field {field} is invalid: {reason}' },
  'check.time-zone-invalid': {
    status: 400,
    'zh-CN': '时区“{timeZone}”无效：请使用 IANA 时区名，例如 Asia/Shanghai。',
    en: 'The time zone "{timeZone}" is not valid: use an IANA zone name such as Asia/Shanghai.',
  },
  'check.rule-not-object': { status: 400, 'zh-CN': '比对规则须为对象：{ "preset": "same-place" } 或 { distanceMeters, toleranceMinutes, minOverlapMinutes }', en: 'The rule must be an object: { "preset": "same-place" } or { distanceMeters, toleranceMinutes, minOverlapMinutes }' },
  'check.rule-not-json': { status: 400, 'zh-CN': '"rule" 字段不是有效的 JSON。', en: 'The "rule" field is not valid JSON.' },
  'check.content-type': { status: 400, 'zh-CN': '请发送 JSON { "trajectory": <GeoJSON>, "rule": … }，或带 "file" 字段的 multipart/form-data。', en: 'Send JSON { "trajectory": <GeoJSON>, "rule": … } or multipart/form-data with a "file" field.' },
  'check.multipart-unreadable': { status: 400, 'zh-CN': '无法读取 multipart 请求内容。', en: 'The multipart body could not be read.' },
  'check.file-missing': { status: 400, 'zh-CN': '请在 "file" 字段中发送轨迹文件。', en: 'Send the trajectory as a "file" field.' },
  'check.trajectory-missing': { status: 400, 'zh-CN': '请求内容须有 "trajectory" 字段（GeoJSON）。', en: 'The body needs a "trajectory" field (GeoJSON).' },
  'check.rate-limited': { status: 429, 'zh-CN': '此地址的比对请求过多，请 {retryAfterSeconds} 秒后再试。', en: 'Too many checks from this address. Try again in {retryAfterSeconds} s.' },
  'trajectory.empty': { status: 422, 'zh-CN': '轨迹中没有带时间的位置。', en: 'The trajectory has no timed positions.' },
  'trajectory.too-many-points': { status: 413, 'zh-CN': '轨迹有 {count} 个点，一次比对最多 {max} 个。', en: 'The trajectory has {count} points; a check takes at most {max}.' },
  'trajectory.span-too-long': { status: 422, 'zh-CN': '轨迹跨越 {days} 天（{from} 至 {to}），一次比对最多 {max} 天，请拆分文件。', en: 'The trajectory spans {days} days ({from} to {to}); a check covers at most {max} days. Split the file.' },
} as const satisfies Record<string, ErrorEntry>;
