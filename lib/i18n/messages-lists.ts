/** Interface text of the staff lists, exports and the audit log (merged into lib/i18n/messages.ts). */
export const listMessages = {
  'zh-CN': {
    exportsTitle: '导出与报表',
    exportsHint: '表格可用 Excel 或 WPS 打开；病例表格可原样再导入。',
    exportCases: '已发布病例轨迹',
    exportZones: '风险区',
    exportCommunities: '社区',
    exportGridCells: '网格',
    exportTemplate: '病例导入模板',
    dailyReportTitle: '每日报表（按社区）',
    dailyReportDay: '日期',
    dailyReportDownload: '下载 {format}',
  },
  en: {
    exportsTitle: 'Exports and reports',
    exportsHint: 'Spreadsheets open in Excel or WPS; the case sheet imports back as it is.',
    exportCases: 'Published case tracks',
    exportZones: 'Zones',
    exportCommunities: 'Communities',
    exportGridCells: 'Grid cells',
    exportTemplate: 'Case import template',
    dailyReportTitle: 'Daily report (per community)',
    dailyReportDay: 'Day',
    dailyReportDownload: 'Download {format}',
  },
} as const;
