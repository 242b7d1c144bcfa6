import type { Locale } from '@/lib/i18n/messages';

/** What a group-chat notice may say about a case: the same redaction as publishing (code, times, places). */
export type CaseNotice = {
  caseCode: string;
  classification: 'confirmed' | 'asymptomatic';
  reportedAt: string;
  publishedAt: string | null;
  visits: { place: string | null; start: string; end: string; isMovement: boolean }[];
};

type Parts = { month: string; day: string; year: string; hour: string; minute: string };

function localParts(iso: string, timeZone: string): Parts {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value])) as unknown as Parts;
  // en-GB pads day and month ("07"); notices read "3月7日" and "7 Mar".
  return { ...p, month: String(Number(p.month)), day: String(Number(p.day)) };
}

const zhDate = (p: Parts) => `${p.month}月${p.day}日`;
const enDate = (p: Parts) => `${p.day} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(p.month) - 1]}`;
const clock = (p: Parts) => `${p.hour}:${p.minute}`;

/** "3月7日 10:30–12:20" or, across midnight, "3月7日 23:00–3月8日 01:00". */
function when(visit: CaseNotice['visits'][number], locale: Locale, timeZone: string): string {
  const [a, b] = [localParts(visit.start, timeZone), localParts(visit.end, timeZone)];
  const date = locale === 'en' ? enDate : zhDate;
  const sameDay = a.year === b.year && a.month === b.month && a.day === b.day;
  return `${date(a)} ${clock(a)}–${sameDay ? '' : `${date(b)} `}${clock(b)}`;
}

/**
 * The zone the notice's times are in, as readers elsewhere need it: "GMT+9 · Asia/Seoul" (offset at `at`).
 *
 * @example
 * zoneLabel('Asia/Shanghai', '2022-04-01T00:00:00Z') // → 'GMT+8 · Asia/Shanghai'
 */
export function zoneLabel(timeZone: string, at: string): string {
  const offset = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(new Date(at)).find((p) => p.type === 'timeZoneName')?.value;
  return offset && offset !== timeZone ? `${offset} · ${timeZone}` : timeZone;
}

const fullDate = (iso: string, locale: Locale, timeZone: string) => {
  const p = localParts(iso, timeZone);
  return locale === 'en' ? `${enDate(p)} ${p.year}` : `${p.year}年${zhDate(p)}`;
};

/** One numbered place of a notice: its number, "3月7日 10:30–12:20", and its name (or "on the move"). */
export type NoticePlace = { number: number; when: string; place: string };

/**
 * The notice's places in time order, numbered from 1 as in the text and on the map image.
 *
 * @example
 * noticePlaces(notice, 'zh-CN', 'Asia/Seoul')[0] // → { number: 1, when: '3月7日 09:50–10:30', place: '途经：移动中' }
 */
export function noticePlaces(notice: CaseNotice, locale: Locale, timeZone: string): NoticePlace[] {
  const visits = [...notice.visits].sort((x, y) => Date.parse(x.start) - Date.parse(y.start));
  return visits.map((v, i) => ({
    number: i + 1,
    when: when(v, locale, timeZone),
    place:
      locale === 'en'
        ? `${v.isMovement ? 'travelling: ' : ''}${v.place ?? (v.isMovement ? 'on the move' : 'unnamed place')}`
        : `${v.isMovement ? '途经：' : ''}${v.place ?? (v.isMovement ? '移动中' : '未具名地点')}`,
  }));
}

/**
 * A one-line summary for link previews (og:description): the days, how many places, the first few names.
 *
 * @example
 * noticeSummary(notice, 'zh-CN', 'Asia/Seoul') // → '3月7日–3月8日 到过 3 个地点（时间为 GMT+9 · Asia/Seoul）：Restaurant · Deungchon-dong、…'
 */
export function noticeSummary(notice: CaseNotice, locale: Locale, timeZone: string): string {
  const places = noticePlaces(notice, locale, timeZone);
  const visits = [...notice.visits].sort((x, y) => Date.parse(x.start) - Date.parse(y.start));
  if (visits.length === 0) return locale === 'en' ? `Case ${notice.caseCode}: no places published.` : `病例 ${notice.caseCode}：未公布活动地点。`;
  const [first, last] = [localParts(visits[0].start, timeZone), localParts(visits[visits.length - 1].end, timeZone)];
  const date = locale === 'en' ? enDate : zhDate;
  const days = date(first) === date(last) ? date(first) : `${date(first)}–${date(last)}`;
  const named = [...new Set(notice.visits.filter((v) => v.place && !v.isMovement).map((v) => v.place as string))];
  const shown = named.slice(0, 3).join(locale === 'en' ? '; ' : '、') + (named.length > 3 ? '…' : '');
  const zone = zoneLabel(timeZone, visits[0].start);
  return locale === 'en'
    ? `${days}: ${places.length} places (${zone})${shown ? `: ${shown}` : ''}. Were you there? Check your trips.`
    : `${days} 到过 ${places.length} 个地点（时间为 ${zone}）${shown ? `：${shown}` : ''}。到过的居民请自查并报备。`;
}

/**
 * The plain-text notice grid workers paste into residents' group chats: the case code, its places with
 * dates and times in order, what people who were there should do, the self-check link and the date of
 * publication. Built only from the published fields, so it cannot leak personal data.
 *
 * @example
 * caseNoticeText(notice, 'zh-CN', 'Asia/Shanghai', 'https://gridwatch.example/check?case=C-009')
 * // → '【病例活动轨迹】\n病例 C-009（确诊）…\n1. 3月7日 10:30–12:20 Restaurant · Deungchon-dong\n…'
 */
export function caseNoticeText(notice: CaseNotice, locale: Locale, timeZone: string, checkUrl: string): string {
  const lines: string[] = [];
  const visits = [...notice.visits].sort((x, y) => Date.parse(x.start) - Date.parse(y.start));
  const published = notice.publishedAt ? fullDate(notice.publishedAt, locale, timeZone) : '';
  const zone = zoneLabel(timeZone, visits[0]?.start ?? notice.reportedAt);
  if (locale === 'en') {
    lines.push(`[Case activity notice] Case ${notice.caseCode} (${notice.classification}), reported ${fullDate(notice.reportedAt, locale, timeZone)}.`);
    lines.push(`Places and times (${zone}):`);
    noticePlaces(notice, locale, timeZone).forEach((p) => lines.push(`${p.number}. ${p.when} ${p.place}`));
    lines.push('If you were at one of these places at these times: report to your community now, get a nucleic-acid test, and stay at home until the result unless told otherwise.');
    lines.push(`Check your own movements: ${checkUrl}`);
    if (published) lines.push(`Published ${published}.`);
  } else {
    lines.push(`【病例活动轨迹通报】病例 ${notice.caseCode}（${notice.classification === 'confirmed' ? '确诊病例' : '无症状感染者'}），${fullDate(notice.reportedAt, locale, timeZone)}报告。`);
    lines.push(`活动轨迹（时间为 ${zone}）：`);
    noticePlaces(notice, locale, timeZone).forEach((p) => lines.push(`${p.number}. ${p.when} ${p.place}`));
    lines.push('凡在上述时间到过上述地点的居民，请立即向所在社区报告，尽快进行核酸检测，结果出来前非必要不外出。');
    lines.push(`自查行程：${checkUrl}`);
    if (published) lines.push(`发布日期：${published}`);
  }
  return lines.join('\n');
}
