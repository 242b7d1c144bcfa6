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
  // Versioned saves (issue 16): a save names the version it read; a stale one changes nothing.
  'record.version-required': { status: 422, 'zh-CN': '保存时须注明您读取的版本（version）。请重新加载页面后再改。', en: 'A save must name the version it read (version). Reload the page and edit again.' },
  'case.version-conflict': { status: 409, 'zh-CN': '病例 {code} 已被他人修改（您读取的是第 {expected} 版，现在是第 {current} 版），未保存。', en: 'Someone else changed case {code} (you read version {expected}; it is now version {current}). Nothing was saved.' },
  'case.gone': { status: 409, 'zh-CN': '病例 {code} 已被他人删除，未保存。', en: 'Someone else deleted case {code}. Nothing was saved.' },
  'contacts.version-conflict': { status: 409, 'zh-CN': '该社区的服务电话已被他人修改（您读取的是第 {expected} 版，现在是第 {current} 版），未保存。', en: 'Someone else changed this community’s service numbers (you read version {expected}; it is now version {current}). Nothing was saved.' },
  'grid-cell.version-conflict': { status: 409, 'zh-CN': '网格 {name} 已被他人修改（您读取的是第 {expected} 版，现在是第 {current} 版），未保存。', en: 'Someone else changed grid cell {name} (you read version {expected}; it is now version {current}). Nothing was saved.' },
  'round.version-conflict': { status: 409, 'zh-CN': '该检测轮次已被他人修改（您读取的是第 {expected} 版，现在是第 {current} 版），未保存。', en: 'Someone else changed this testing round (you read version {expected}; it is now version {current}). Nothing was saved.' },
  'target.version-conflict': { status: 409, 'zh-CN': '该目标已被他人修改（您读取的是第 {expected} 版，现在是第 {current} 版），未保存。', en: 'Someone else changed this target (you read version {expected}; it is now version {current}). Nothing was saved.' },
  // Imports that never overwrite by surprise.
  'import.published-change': { status: 409, 'zh-CN': '导入会改动已发布病例的轨迹：{codes}。未导入任何内容；确认替换后再导入。', en: 'The import would change the published tracks of {codes}. Nothing was imported; confirm replacing them to import.' },
  'import.preview-stale': { status: 409, 'zh-CN': '预览之后以下病例已被他人修改：{codes}。未导入任何内容；请重新预览。', en: 'These cases changed after the preview: {codes}. Nothing was imported; preview again.' },
  // Zone actions that forgive.
  'zone.undo-expired': { status: 409, 'zh-CN': '撤销时限（{minutes} 分钟）已过，请直接编辑该区域。', en: 'The undo window ({minutes} min) has passed; edit the zone instead.' },
  'zone.undo-nothing': { status: 409, 'zh-CN': '该区域最近的改动不是可撤销的解除或阶段调整。', en: 'The zone’s last change is not a lift or a step that can be undone.' },
} as const satisfies Record<string, ErrorEntry>;
