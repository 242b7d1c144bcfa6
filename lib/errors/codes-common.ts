import type { ErrorEntry } from './catalogue';

/** Errors any endpoint can answer. */
export const commonErrors = {
  'request.body-too-large': { status: 413, 'zh-CN': '请求内容超过 {limit}，此请求最多接受 {limit}。', en: 'The request body is larger than {limit}, the most this request accepts.' },
  'request.body-malformed': { status: 400, 'zh-CN': '请求内容不是有效的 JSON。', en: 'The request body is not valid JSON.' },
  'request.body-empty': { status: 400, 'zh-CN': '请求内容为空。', en: 'The request body is empty.' },
  'request.body-too-deep': { status: 413, 'zh-CN': 'JSON 嵌套超过 {limit} 层。', en: 'The JSON is nested more than {limit} levels deep.' },
  'request.field-invalid': { status: 400, 'zh-CN': '字段 {field} 无效：{reason}', en: 'The field {field} is invalid: {reason}' },
  'request.id-invalid': { status: 404, 'zh-CN': '找不到该记录（编号无效）。', en: 'No such record (the id is not valid).' },
  'request.not-found': { status: 404, 'zh-CN': '找不到该记录。', en: 'No such record.' },
  'request.cross-origin': { status: 403, 'zh-CN': '拒绝跨站请求。', en: 'Cross-origin request refused.' },
  'request.rate-limited': { status: 429, 'zh-CN': '请求过于频繁，请 {retryAfterSeconds} 秒后再试。', en: 'Too many requests. Try again in {retryAfterSeconds} s.' },
  'request.version-conflict': { status: 409, 'zh-CN': '该记录已被他人修改（您读取的是第 {expected} 版，现在是第 {current} 版）。', en: 'Someone else changed this record (you read version {expected}; it is now version {current}).' },
  'server.database-unavailable': { status: 503, 'zh-CN': '数据库暂时无法使用，请一分钟后再试。', en: 'The database is unavailable. Try again in a minute.' },
  'server.internal': { status: 500, 'zh-CN': '服务器内部错误，已记录。', en: 'Internal error. It has been logged.' },
} as const satisfies Record<string, ErrorEntry>;
