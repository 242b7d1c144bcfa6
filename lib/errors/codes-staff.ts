import type { ErrorEntry } from './catalogue';

/** The staff workspace: zones, cases, rounds, contacts, imports. */
export const staffErrors = {
  'zone.self-intersection': { status: 422, 'zh-CN': '区域边界自相交（约在 {lng}, {lat}），请调整后再保存。', en: 'The zone boundary crosses itself (near {lng}, {lat}); reshape it and save again.' },
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
