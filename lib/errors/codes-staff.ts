import type { ErrorEntry } from './catalogue';

/** The staff workspace: zones, cases, rounds, contacts, imports. */
export const staffErrors = {
  'zone.self-intersection': { status: 422, 'zh-CN': '区域边界自相交（约在 {lng}, {lat}，共 {count} 处交叉），请调整后再保存。', en: 'The boundary intersects itself near [{lng}, {lat}] ({count} crossing(s)); reshape it and save again.' },
  'zone.not-polygon': { status: 422, 'zh-CN': '边界须为 Polygon 或 MultiPolygon，而不是 {type}。', en: 'The geometry must be a Polygon or MultiPolygon, not {type}.' },
  'zone.no-polygons': { status: 422, 'zh-CN': '边界中没有多边形。', en: 'The geometry has no polygons.' },
  'zone.polygon-no-rings': { status: 422, 'zh-CN': '第 {polygon} 个多边形没有边界环。', en: 'Polygon {polygon} has no rings.' },
  'zone.ring-not-list': { status: 422, 'zh-CN': '{ring}不是坐标列表。', en: 'The {ring} is not a list of positions.' },
  'zone.ring-position-invalid': { status: 422, 'zh-CN': '{ring}的第 {position} 个坐标不是范围内的 [经度, 纬度]：{value}', en: 'Position {position} of the {ring} is not a [lng, lat] pair within range: {value}' },
  'zone.ring-too-short': { status: 422, 'zh-CN': '{ring}只有 {count} 个坐标，一个环至少需要 4 个（3 个角点加闭合点）。', en: 'The {ring} has {count} positions; a ring needs at least 4 (3 corners and the closing one).' },
  'zone.ring-not-closed': { status: 422, 'zh-CN': '{ring}没有闭合（首尾坐标不同）。', en: 'The {ring} is not closed (first and last positions differ).' },
  'zone.ring-degenerate': { status: 422, 'zh-CN': '{ring}的不同角点少于 3 个。', en: 'The {ring} has fewer than 3 distinct corners.' },
  'zone.invalid-polygon': { status: 422, 'zh-CN': '边界不是有效的多边形，请调整后再保存。', en: 'The boundary is not a valid polygon; reshape it and save again.' },
  'zone.version-required': { status: 422, 'zh-CN': '缺少您编辑的版本号（version），请刷新后再保存。', en: 'The version you edited is required; reload and save again.' },
  'zone.batch-size': { status: 422, 'zh-CN': '一次须保存 1 至 {max} 个区域。', en: 'Send 1 to {max} zones at once.' },
  'zone.batch-item': { status: 422, 'zh-CN': '第 {n} 个区域：{reason}', en: 'Zone {n}: {reason}' },
  'zone.conflict': { status: 409, 'zh-CN': '其他人已先修改了这个区域（现在是第 {version} 版）。', en: 'Someone else changed this zone first (now version {version}).' },
  'zone.step-target-invalid': { status: 422, 'zh-CN': '目标类型须为 {kinds} 之一。', en: 'to: must be one of {kinds}.' },
  'import.file-invalid': { status: 422, 'zh-CN': '导入文件有误，未导入任何内容：{reason}', en: 'The import file was refused and nothing was imported: {reason}' },
  'import.feature-invalid': { status: 422, 'zh-CN': '导入文件第 {feature} 个要素有误，未导入任何内容：{reason}', en: 'Feature {feature}: {reason}' },
  'case.exists': { status: 409, 'zh-CN': '病例 {caseCode} 已存在，请从列表中打开编辑，或给新病例另取编号。', en: 'code: case {caseCode} exists already; open it from the list to edit it, or give the new case another code' },
  'form.field-invalid': { status: 422, 'zh-CN': '{field} 无效：{reason}', en: '{field}: {reason}' },
  'record.constraint': { status: 422, 'zh-CN': '未保存：{rule}', en: 'Not saved: {rule}' },
} as const satisfies Record<string, ErrorEntry>;
