import type { ErrorEntry } from './catalogue';

/**
 * Warnings of the file readers (lib/parse): the file was read, but the reader should know what was skipped,
 * dropped, sorted, interpolated or assumed. Not errors: their status is never sent (422 as for the spreadsheet's row warnings, codes-spreadsheet.ts). `{at}` is
 * the format, line or record in the reader's language, as in codes-parse.ts.
 */
export const parseWarnings = {
  'parse.warning-record-skipped': { status: 422, 'zh-CN': '{reason}；已跳过', en: '{reason}; skipped' },
  'parse.warning-records-unreadable': {
    status: 422,
    'zh-CN': '{at}：{total} 条记录中有 {count} 条无法读取，已跳过；第一处：{first}',
    en: '{at}: {count} of {total} records could not be read and were skipped; the first: {first}',
  },
  'parse.warning-points-sorted': { status: 422, 'zh-CN': '{at}：{run}的点不是按时间顺序排列的，已按时间排序', en: '{at}: the points of {run} were not in time order and have been sorted' },
  'parse.warning-repeated-times': {
    status: 422,
    'zh-CN': '{at}：{run}的 {total} 个点中有 {count} 个与前一个点时间相同，已舍弃',
    en: '{at}: {count} of {total} points of {run} repeated an earlier time and were dropped',
  },
  'parse.warning-more-left-out': { status: 422, 'zh-CN': '{at}：另有 {count} 条提示未列出', en: '{at}: {count} more warnings were left out' },
  'parse.warning-time-zone-assumed': {
    status: 422,
    'zh-CN': '{at}：{count} 个时间没有标明 UTC 偏移，已按 {zone} 时间读取',
    en: '{at}: times without a UTC offset ({count}) were read as {zone} time',
  },
  'parse.warning-gpx-untimed': { status: 422, 'zh-CN': '{at}：{total} 个点中有 {count} 个没有 <time>，已舍弃', en: '{at}: {count} of {total} points had no <time> and were dropped' },
  'parse.warning-features-untimed': {
    status: 422,
    'zh-CN': '{at}：{total} 个要素中有 {count} 个没有时间，已跳过（第 {list} 个要素）',
    en: '{at}: {count} of {total} features had no time and were skipped (features {list})',
  },
  'parse.warning-placemarks-untimed': { status: 422, 'zh-CN': '{at}：{total} 个地标中有 {count} 个没有时间，已跳过：{list}', en: '{at}: {count} of {total} placemarks had no time and were skipped: {list}' },
  'parse.warning-lines-interpolated': {
    status: 422,
    'zh-CN': '{at}：{count} 条线只有开始和结束时间，线上各点的时间已按距离推算',
    en: '{at}: lines with only a start and end time ({count}): the times along them were interpolated by distance',
  },
  'parse.warning-google-no-position': { status: 422, 'zh-CN': '{at}：{total} 条位置记录中有 {count} 条没有坐标，已跳过', en: '{at}: {count} of {total} locations had no position and were skipped' },
  'parse.warning-google-no-time': { status: 422, 'zh-CN': '{at}：{total} 条位置记录中有 {count} 条没有时间，已跳过', en: '{at}: {count} of {total} locations had no time and were skipped' },
  'parse.warning-google-paths-interpolated': {
    status: 422,
    'zh-CN': '{at}：{count} 段活动路径没有逐点时间，已按距离推算',
    en: '{at}: the times along activity waypoint paths ({count}) were interpolated by distance',
  },
  'parse.warning-area-as-stay': { status: 422, 'zh-CN': '{at}：是一个面，已按其中心点记为一次停留', en: '{at}: is an area; it was stored as a stay at its centroid' },
  'parse.warning-israel-overnight': {
    status: 422,
    'zh-CN': '{at}：toTime {to} 早于 fromTime {from}{said}，按次日结束读取，即以色列时间 {next}',
    en: '{at}: toTime {to} is before fromTime {from}{said}; read as ending the next day, {next} Israel time',
  },
  'parse.warning-israel-zero-length': { status: 422, 'zh-CN': '{at}：停留时长为零{said}，按一个时刻保留', en: '{at}: the visit has zero length{said}; kept as an instant' },
  'parse.warning-taiwan-no-case-number': { status: 422, 'zh-CN': '{at}：{field} {value}，已记为病例 {caseCode}', en: '{at}: {field} is {value}; stored as case {caseCode}' },
} as const satisfies Record<string, ErrorEntry>;

export type ParseWarningCode = keyof typeof parseWarnings;
