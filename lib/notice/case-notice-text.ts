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

const fullDate = (iso: string, locale: Locale, timeZone: string) => {
  const p = localParts(iso, timeZone);
  return locale === 'en' ? `${enDate(p)} ${p.year}` : `${p.year}年${zhDate(p)}`;
};

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
  if (locale === 'en') {
    lines.push(`[Case activity notice] Case ${notice.caseCode} (${notice.classification}), reported ${fullDate(notice.reportedAt, locale, timeZone)}.`);
    lines.push('Places and times:');
    visits.forEach((v, i) => lines.push(`${i + 1}. ${when(v, locale, timeZone)} ${v.isMovement ? 'travelling: ' : ''}${v.place ?? (v.isMovement ? 'on the move' : 'unnamed place')}`));
    lines.push('If you were at one of these places at these times: report to your community now, get a nucleic-acid test, and stay at home until the result unless told otherwise.');
    lines.push(`Check your own movements: ${checkUrl}`);
    if (published) lines.push(`Published ${published}.`);
  } else {
    lines.push(`【病例活动轨迹通报】病例 ${notice.caseCode}（${notice.classification === 'confirmed' ? '确诊病例' : '无症状感染者'}），${fullDate(notice.reportedAt, locale, timeZone)}报告。`);
    lines.push('活动轨迹：');
    visits.forEach((v, i) => lines.push(`${i + 1}. ${when(v, locale, timeZone)} ${v.isMovement ? '途经：' : ''}${v.place ?? (v.isMovement ? '移动中' : '未具名地点')}`));
    lines.push('凡在上述时间到过上述地点的居民，请立即向所在社区报告，尽快进行核酸检测，结果出来前非必要不外出。');
    lines.push(`自查行程：${checkUrl}`);
    if (published) lines.push(`发布日期：${published}`);
  }
  return lines.join('\n');
}
