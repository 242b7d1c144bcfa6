import { briefingMessages } from './messages-briefing';
import { checkMessages } from './messages-check';
import { checkAnswerMessages } from './messages-check-answer';
import { staffMessages } from './messages-staff';
import { staffSafetyMessages } from './messages-staff-safety';
import { noticeMessages } from './messages-notice';
import { communityMessages } from './messages-community';
import { communityCardMessages } from './messages-community-card';
import { listMessages } from './messages-lists';
import { noticeReaderMessages } from './messages-notice-reader';
import { searchMessages } from './messages-search';

/** Interface text in Simplified Chinese and English. Keys are the same in both (checked by a test). */
const commonMessages = {
  'zh-CN': {
    appName: '网格守望',
    tagline: '社区疫情防控地图',
    language: '语言',
    switchTo: 'English',
    legend: '图例',
    layers: '图层',
    zoneSealed: '封控区',
    zoneControlled: '管控区',
    zonePrecaution: '防范区',
    zoneSealedHint: '足不出户',
    zoneControlledHint: '人不出小区',
    zonePrecautionHint: '强化社会面管控',
    communities: '社区',
    gridCells: '网格',
    caseMovements: '病例行动轨迹',
    casePlaces: '病例到访地点',
    zoomToData: '缩放到全部数据',
    counts: '{zones} 个区域生效中 · {cases} 例病例 · {communities} 个社区',
    case: '病例',
    place: '地点',
    time: '时间',
    from: '起',
    to: '止',
    timeGenerated: '原始数据只有日期，具体时间为示意',
    zoomInForDetails: '放大地图可查看地点和时间',
    community: '社区',
    district: '区',
    population: '人口',
    gridCell: '网格',
    worker: '网格员',
    phone: '电话',
    effectiveFrom: '生效时间',
    plannedLift: '计划解封',
    liftedAt: '已解除',
    inForce: '生效中',
    classification: '类型',
    confirmed: '确诊',
    asymptomatic: '无症状感染者',
    reportedAt: '报告时间',
    mapLoading: '地图加载中…',
    mapFailed: '地图无法显示：{message}',
    noWebgl: '此浏览器无法显示地图（需要 WebGL）。',
    attributionDemo: '演示数据：DS4C（CC BY-NC-SA 4.0）、首尔行政区划，详见 NOTICE',
    selfCheck: '自查行程',
  },
  en: {
    appName: 'Gridwatch',
    tagline: 'Community epidemic control map',
    language: 'Language',
    switchTo: '中文',
    legend: 'Legend',
    layers: 'Layers',
    zoneSealed: 'Sealed zone',
    zoneControlled: 'Controlled zone',
    zonePrecaution: 'Precaution zone',
    zoneSealedHint: 'stay at home',
    zoneControlledHint: 'stay in the compound',
    zonePrecautionHint: 'limit gatherings',
    communities: 'Communities',
    gridCells: 'Grid cells',
    caseMovements: 'Case movements',
    casePlaces: 'Places cases visited',
    zoomToData: 'Zoom to all data',
    counts: '{zones} zones in force · {cases} cases · {communities} communities',
    case: 'Case',
    place: 'Place',
    time: 'Time',
    from: 'from',
    to: 'to',
    timeGenerated: 'The source gives dates only; times of day are illustrative',
    zoomInForDetails: 'Zoom in for places and times',
    community: 'Community',
    district: 'District',
    population: 'Population',
    gridCell: 'Grid cell',
    worker: 'Grid worker',
    phone: 'Phone',
    effectiveFrom: 'In force since',
    plannedLift: 'Planned lift',
    liftedAt: 'Lifted',
    inForce: 'in force',
    classification: 'Classification',
    confirmed: 'confirmed',
    asymptomatic: 'asymptomatic',
    reportedAt: 'Reported',
    mapLoading: 'Loading the map…',
    mapFailed: 'The map cannot be shown: {message}',
    noWebgl: 'This browser cannot show the map (WebGL is needed).',
    attributionDemo: 'Demo data: DS4C (CC BY-NC-SA 4.0), Seoul boundaries; see NOTICE',
    selfCheck: 'Check my trips',
  },
} as const;

/** Each area of the app keeps its text in its own file; they share one key space. */
export const messages = {
  'zh-CN': {
    ...commonMessages['zh-CN'],
    ...checkMessages['zh-CN'],
    ...checkAnswerMessages['zh-CN'],
    ...staffMessages['zh-CN'],
    ...staffSafetyMessages['zh-CN'],
    ...noticeMessages['zh-CN'],
    ...briefingMessages['zh-CN'],
    ...communityMessages['zh-CN'],
    ...communityCardMessages['zh-CN'],
    ...listMessages['zh-CN'],
    ...noticeReaderMessages['zh-CN'],
    ...searchMessages['zh-CN'],
  },
  en: {
    ...commonMessages.en,
    ...checkMessages.en,
    ...checkAnswerMessages.en,
    ...staffMessages.en,
    ...staffSafetyMessages.en,
    ...noticeMessages.en,
    ...briefingMessages.en,
    ...communityMessages.en,
    ...communityCardMessages.en,
    ...listMessages.en,
    ...noticeReaderMessages.en,
    ...searchMessages.en,
  },
} as const;

export type Locale = keyof typeof messages;
export type MessageKey = keyof (typeof messages)['en'];
export type Messages = Record<MessageKey, string>;
export const LOCALES = Object.keys(messages) as Locale[];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
