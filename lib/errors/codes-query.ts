import type { ErrorEntry } from './catalogue';

/** Query and path parameters of the read endpoints (map layers, case tracks, tiles, the community card). */
export const queryErrors = {
  'query.parameter-repeated': { status: 400, 'zh-CN': '参数 {parameter} 重复出现了。', en: 'The parameter "{parameter}" is given more than once.' },
  'query.parameter-unknown': { status: 400, 'zh-CN': '不认识的参数 {parameter}：可用的参数是 {known}。', en: 'Unknown parameter "{parameter}": use {known}.' },
  'query.parameter-missing': { status: 400, 'zh-CN': '缺少参数 {parameter}。', en: 'The parameter "{parameter}" is required.' },
  'query.instant-invalid': {
    status: 400,
    'zh-CN': '参数 {parameter} 须为带时区偏移的 ISO 8601 时间，例如 2020-03-10T12:00:00+09:00。',
    en: 'The parameter "{parameter}" must be an ISO 8601 instant with an offset, e.g. 2020-03-10T12:00:00+09:00.',
  },
  'query.instant-not-real': { status: 400, 'zh-CN': '参数 {parameter} 不是真实存在的日期时间。', en: 'The parameter "{parameter}" is not a real date and time.' },
  'query.to-not-after-from': { status: 400, 'zh-CN': '参数 to 须晚于 from。', en: 'The parameter "to" must be after "from".' },
  'query.span-too-long': { status: 400, 'zh-CN': '参数 to 最多比 from 晚 {days} 天。', en: 'The parameter "to" must be at most {days} days after "from".' },
  'query.bbox-shape': { status: 400, 'zh-CN': '参数 bbox 须为四个数：最小经度,最小纬度,最大经度,最大纬度。', en: 'The parameter "bbox" must be four numbers: minLon,minLat,maxLon,maxLat.' },
  'query.bbox-range': { status: 400, 'zh-CN': '参数 bbox 超出范围（经度 −180…180，纬度 −90…90）。', en: 'The parameter "bbox" is out of range (lon −180…180, lat −90…90).' },
  'query.bbox-order': { status: 400, 'zh-CN': '参数 bbox 的最小经纬度须小于最大经纬度。', en: 'The parameter "bbox" must have min < max for both lon and lat.' },
  'query.days-invalid': { status: 400, 'zh-CN': '参数 days 须为 {min} 到 {max} 的整数。', en: 'The parameter "days" must be a whole number from {min} to {max}.' },
  'query.id-invalid': { status: 400, 'zh-CN': '参数 {parameter} 须为编号（1 至 2147483647 的整数）。', en: 'The parameter "{parameter}" must be an id (a whole number from 1 to 2147483647).' },
  'query.too-many-features': {
    status: 413,
    'zh-CN': '符合条件的{noun}超过 {max} 个：请用 bbox= 缩小范围（或更早的 at=），或改用矢量瓦片或导出命令获取全部数据。',
    en: 'More than {max} {noun} match: ask for a smaller area with bbox= (or an earlier at=), or use the vector tiles or the export command for everything.',
  },
  'tile.layer-invalid': { status: 400, 'zh-CN': '瓦片图层须为 {layers} 之一。', en: 'The tile layer must be one of {layers}.' },
  'tile.zoom-invalid': { status: 400, 'zh-CN': '瓦片缩放级别 z 须为 0 到 {max} 的整数。', en: 'The tile zoom z must be a whole number from 0 to {max}.' },
  'tile.coordinate-invalid': { status: 400, 'zh-CN': '在缩放级别 {zoom}，瓦片坐标 {parameter} 须为 0 到 {max} 的整数。', en: 'At zoom {zoom}, the tile coordinate {parameter} must be a whole number from 0 to {max}.' },
} as const satisfies Record<string, ErrorEntry>;
