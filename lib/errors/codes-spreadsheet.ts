import type { ErrorEntry } from './catalogue';

/**
 * Spreadsheets in and out (case sheets, exports, the daily report). Row numbers are 1-based as the spreadsheet
 * shows them, the header being row 1. `sheet.row-*` codes are warnings: the row is skipped and the rest imported.
 */
export const spreadsheetErrors = {
  'sheet.empty': { status: 422, 'zh-CN': '表格是空的：没有表头或没有数据行。', en: 'The spreadsheet is empty: no header or no data rows.' },
  'sheet.unreadable': { status: 422, 'zh-CN': '无法读取该 XLSX 文件（{reason}）。请用 Excel 另存为 .xlsx 或 CSV 后重试。', en: 'This XLSX file cannot be read ({reason}). Save it again as .xlsx or CSV from Excel and retry.' },
  'sheet.too-many-rows': { status: 413, 'zh-CN': '表格有 {rows} 行，超过上限 {limit} 行，请拆分后导入。', en: 'The spreadsheet has {rows} rows, more than the {limit} allowed; split it.' },
  'sheet.columns-missing': { status: 422, 'zh-CN': '表头缺少必需的列：{missing}（找到：{found}）。请在列对应步骤中指定，或使用模板。', en: 'The header lacks required columns: {missing} (found: {found}). Map them in the column step, or use the template.' },
  'sheet.column-mapping-invalid': { status: 400, 'zh-CN': '列对应无效：{column} 指向第 {index} 列，但表头只有 {count} 列。', en: 'Invalid column mapping: {column} points at column {index}, but the header has {count} columns.' },
  'sheet.row-no-case-code': { status: 422, 'zh-CN': '第 {row} 行没有病例编号，已跳过。', en: 'Row {row} has no case code; skipped.' },
  'sheet.row-bad-time': { status: 422, 'zh-CN': '第 {row} 行的{field}“{value}”不是有效的日期或时间，已跳过。', en: 'Row {row}: {field} "{value}" is not a valid date or time; skipped.' },
  'sheet.row-no-time': { status: 422, 'zh-CN': '第 {row} 行没有{field}，已跳过。', en: 'Row {row} has no {field}; skipped.' },
  'sheet.row-end-before-start': { status: 422, 'zh-CN': '第 {row} 行的结束时间早于开始时间，已跳过。', en: 'Row {row} ends before it starts; skipped.' },
  'sheet.row-future': { status: 422, 'zh-CN': '第 {row} 行的时间 {time} 在未来，已跳过。', en: 'Row {row}: the time {time} is in the future; skipped.' },
  'sheet.row-too-early': { status: 422, 'zh-CN': '第 {row} 行的时间早于 1990 年，已跳过。', en: 'Row {row}: the time is before 1990; skipped.' },
  'sheet.row-bad-coordinates': { status: 422, 'zh-CN': '第 {row} 行的经纬度“{lng}, {lat}”无效，已跳过。', en: 'Row {row}: the coordinates "{lng}, {lat}" are not valid; skipped.' },
  'sheet.row-bad-route': { status: 422, 'zh-CN': '第 {row} 行的路线无法读取，已跳过。', en: 'Row {row}: the route cannot be read; skipped.' },
  'sheet.row-bad-classification': { status: 422, 'zh-CN': '第 {row} 行的分类“{value}”不是“确诊”或“无症状”，已忽略该值。', en: 'Row {row}: classification "{value}" is not confirmed or asymptomatic; the value is ignored.' },
  'sheet.row-classification-conflict': { status: 422, 'zh-CN': '第 {row} 行把病例 {caseCode} 标为“{value}”，与前面的行不一致，已沿用前面的分类。', en: 'Row {row} gives case {caseCode} the classification "{value}", unlike earlier rows; the earlier one is kept.' },
  'sheet.row-unplaced': { status: 422, 'zh-CN': '第 {row} 行（{caseCode} {place}）没有坐标，需要在地图上标出地点。', en: 'Row {row} ({caseCode} {place}) has no coordinates: it needs a place on the map.' },
  'sheet.row-time-approximate': { status: 422, 'zh-CN': '第 {row} 行的时间段“{value}”按约定时段处理，标记为近似时间。', en: 'Row {row}: the time range "{value}" is read by convention and marked as approximate.' },
  'sheet.rows-more-warnings': { status: 422, 'zh-CN': '另有 {count} 条提示未列出。', en: '{count} more warnings were left out.' },
  'export.kind-unknown': { status: 404, 'zh-CN': '没有名为 {name} 的导出。', en: 'There is no export named {name}.' },
  'export.format-unsupported': { status: 400, 'zh-CN': '{name} 不能导出为 {format}，请选择 CSV 或 XLSX。', en: '{name} cannot be exported as {format}; choose CSV or XLSX.' },
  'export.day-invalid': { status: 400, 'zh-CN': '日期“{day}”无效，应为 YYYY-MM-DD。', en: 'The day "{day}" is not valid; use YYYY-MM-DD.' },
} as const satisfies Record<string, ErrorEntry>;
