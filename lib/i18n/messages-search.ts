/** The place search on the public map and the briefing (merged into lib/i18n/messages.ts). */
export const searchMessages = {
  'zh-CN': {
    searchPlaces: '搜索社区、网格、区域或地点',
    searchNoResults: '没有找到',
    searchKindCommunity: '社区',
    searchKindGridCell: '网格',
    searchKindZone: '区域',
    searchKindPlace: '病例到访地点',
  },
  en: {
    searchPlaces: 'Search communities, grid cells, zones or places',
    searchNoResults: 'Nothing found',
    searchKindCommunity: 'Community',
    searchKindGridCell: 'Grid cell',
    searchKindZone: 'Zone',
    searchKindPlace: 'Place a case visited',
  },
} as const;
