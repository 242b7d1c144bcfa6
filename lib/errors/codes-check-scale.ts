import type { ErrorEntry } from './catalogue';

/** The check at city scale: server checks' work budget and the private check's day files. */
export const checkScaleErrors = {
  'check.work-budget-exceeded': {
    status: 422,
    'zh-CN': '这段轨迹需要比对的内容太多（超过上限：{limit}），服务器未完成比对。请把文件按天拆分后分别比对，或使用“在本机比对”。',
    en: 'This trajectory needs too much work to check (more than {limit}); the server stopped. Split the file by day and check each part, or use the private check on this device.',
  },
  'check.server-busy': {
    status: 503,
    'zh-CN': '比对服务繁忙，请 {retryAfterSeconds} 秒后再试，或使用“在本机比对”。',
    en: 'The check service is busy. Try again in {retryAfterSeconds} s, or use the private check on this device.',
  },
  'check.case-days-not-ready': {
    status: 503,
    'zh-CN': '病例轨迹数据正在准备，请 {retryAfterSeconds} 秒后再试。',
    en: 'The case track files are being prepared. Try again in {retryAfterSeconds} s.',
  },
  'check.day-file-not-found': {
    status: 404,
    'zh-CN': '没有这一天的病例轨迹文件（{file}）：可能已有更新，请重新比对。',
    en: 'No case track file {file}: it may have been replaced. Run the check again.',
  },
} as const satisfies Record<string, ErrorEntry>;
