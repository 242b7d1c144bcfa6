import { AppError, type ErrorParams, type LocalizedText } from '../errors/app-error';
import type { ErrorCode } from '../errors/catalogue';
import { renderError } from '../errors/render-error';
import type { CaseTrackFormat, TrajectoryFormat } from './types';

/** Kinds of record a parser can name, outermost first in a path (`track 1 point 12`). */
export type RecordKind =
  | 'feature'
  | 'line'
  | 'placemark'
  | 'track'
  | 'segment'
  | 'route'
  | 'point'
  | 'waypoint'
  | 'location'
  | 'timeline-segment'
  | 'timeline-object'
  | 'path-point'
  | 'raw-point'
  | 'gx-track'
  | 'file'
  | 'recorded-path'
  | 'stamped-points'
  | 'stamped-placemarks'
  | 'case';

/** One step of a record's path: its kind, its 1-based number and, for placemarks and cases, its name. */
export type RecordStep = { kind: RecordKind; n?: number; name?: string };

export type TrajectoryParseErrorDetails = {
  /** 1-based line of the file (the header counts as line 1), for line-based formats and XML syntax errors. */
  line?: number;
  /** The record at fault, outermost first, e.g. track 1 → point 12, or feature 2470 (all 1-based). */
  record?: readonly RecordStep[];
};

const EN_WORDS: Record<RecordKind, string> = {
  feature: 'feature',
  line: 'line',
  placemark: 'placemark',
  track: 'track',
  segment: 'segment',
  route: 'route',
  point: 'point',
  waypoint: 'waypoint',
  location: 'location',
  'timeline-segment': 'segment',
  'timeline-object': 'timeline object',
  'path-point': 'timelinePath point',
  'raw-point': 'simplifiedRawPath point',
  'gx-track': 'gx:Track',
  file: 'the file',
  'recorded-path': 'the recorded path',
  'stamped-points': 'the time-stamped points',
  'stamped-placemarks': 'the time-stamped placemarks',
  case: 'the points of case',
};

/** Chinese: `第 n <measure word><noun>`; kinds without a number are written as the noun alone. */
const ZH_WORDS: Record<RecordKind, [measure: string, noun: string]> = {
  feature: ['个', '要素'],
  line: ['条', '线'],
  placemark: ['个', '地标'],
  track: ['条', '轨迹'],
  segment: ['段', ''],
  route: ['条', '路线'],
  point: ['个', '点'],
  waypoint: ['个', '航点'],
  location: ['条', '位置记录'],
  'timeline-segment': ['个', '时间线片段'],
  'timeline-object': ['个', '时间线对象'],
  'path-point': ['个', ' timelinePath 点'],
  'raw-point': ['个', ' simplifiedRawPath 点'],
  'gx-track': ['条', ' gx:Track'],
  file: ['', '整个文件'],
  'recorded-path': ['', '记录的路径'],
  'stamped-points': ['', '带时间的点'],
  'stamped-placemarks': ['', '带时间的地标'],
  case: ['', '病例的点'],
};

const FORMAT_LABELS: Record<TrajectoryFormat | CaseTrackFormat, LocalizedText> = {
  gpx: { 'zh-CN': 'GPX 文件', en: 'GPX' },
  kml: { 'zh-CN': 'KML 文件', en: 'KML' },
  geojson: { 'zh-CN': 'GeoJSON 文件', en: 'GeoJSON' },
  csv: { 'zh-CN': 'CSV 文件', en: 'CSV' },
  'google-location-history': { 'zh-CN': 'Google 位置记录', en: 'Google location history' },
  'geolife-plt': { 'zh-CN': 'GeoLife PLT 文件', en: 'GeoLife PLT' },
  'israel-moh-csv': { 'zh-CN': '以色列卫生部 CSV', en: 'Israel MoH CSV' },
  'taiwan-g0v-geojson': { 'zh-CN': '台湾 g0v GeoJSON', en: 'Taiwan g0v GeoJSON' },
};

/**
 * A format's name in both languages.
 *
 * @example
 * formatLabel('csv') // → { 'zh-CN': 'CSV 文件', en: 'CSV' }
 */
export function formatLabel(format: TrajectoryFormat | CaseTrackFormat): LocalizedText {
  return FORMAT_LABELS[format];
}

const quoted = (name: string | undefined) => (name === undefined ? '' : JSON.stringify(name));

function stepText(step: RecordStep, locale: keyof LocalizedText): string {
  if (locale === 'en') {
    const name = step.name === undefined ? '' : step.kind === 'case' ? ` ${quoted(step.name)}` : ` (${quoted(step.name)})`;
    return `${EN_WORDS[step.kind]}${step.n === undefined ? '' : ` ${step.n}`}${name}`;
  }
  const [measure, noun] = ZH_WORDS[step.kind];
  const name = step.name === undefined ? '' : step.kind === 'case' ? quoted(step.name) : `（${quoted(step.name)}）`;
  if (step.kind === 'case') return `病例 ${name} 的点`;
  return `${step.n === undefined ? '' : `第 ${step.n} ${measure}`}${noun}${name}`.trim();
}

/**
 * A record path in both languages.
 *
 * @example
 * recordLabel([{ kind: 'track', n: 1 }, { kind: 'point', n: 12 }]) // → { 'zh-CN': '第 1 条轨迹第 12 个点', en: 'track 1 point 12' }
 */
export function recordLabel(record: readonly RecordStep[]): LocalizedText {
  return { 'zh-CN': record.map((step) => stepText(step, 'zh-CN')).join(''), en: record.map((step) => stepText(step, 'en')).join(' ') };
}

/**
 * Where a problem is, in both languages: the format alone, a 1-based line, or a record.
 *
 * @example
 * placeLabel('csv', { line: 7 }) // → { 'zh-CN': 'CSV 文件第 7 行', en: 'CSV line 7' }
 */
export function placeLabel(format: TrajectoryFormat | CaseTrackFormat, where: TrajectoryParseErrorDetails = {}): LocalizedText {
  const label = FORMAT_LABELS[format];
  if (where.line !== undefined) return { 'zh-CN': `${label['zh-CN']}第 ${where.line} 行`, en: `${label.en} line ${where.line}` };
  if (where.record !== undefined) {
    const record = recordLabel(where.record);
    return { 'zh-CN': `${label['zh-CN']}${record['zh-CN']}`, en: `${label.en} ${record.en}` };
  }
  return label;
}

/**
 * The only error the parsers throw for bad input: an AppError whose `code` and parameters (among them `at`, where
 * the problem is, in both languages) are rendered in the reader's language by `renderError`; its HTTP status comes
 * from the code (422 unreadable, 413 too many points). `message` is the English rendering, for logs and the CLI.
 *
 * @example
 * throw new TrajectoryParseError('csv', 'parse.not-a-number', { field: 'latitude', value: '"abc"' }, { line: 7 });
 */
export class TrajectoryParseError extends AppError {
  readonly format: TrajectoryFormat | CaseTrackFormat;
  readonly line?: number;
  /** The record at fault in English words (`feature 3`), for API details. */
  readonly record?: string;

  constructor(
    format: TrajectoryFormat | CaseTrackFormat,
    code: ErrorCode,
    params: ErrorParams = {},
    details: TrajectoryParseErrorDetails = {},
    timeZone = 'UTC',
  ) {
    // A file-level error passes its own `at` (the format alone) and may still report the line it stopped near.
    const withPlace: ErrorParams = { at: placeLabel(format, details), ...params };
    const record = details.record === undefined ? undefined : recordLabel(details.record).en;
    super(code, withPlace, { details: { format, ...(details.line === undefined ? {} : { line: details.line }), ...(record === undefined ? {} : { record }) } });
    this.message = renderError('en', code, withPlace, timeZone);
    this.name = 'TrajectoryParseError';
    this.format = format;
    if (details.line !== undefined) this.line = details.line;
    if (record !== undefined) this.record = record;
  }
}
