import type { ErrorCode } from '@/lib/errors/catalogue';
import type { LocalDay } from './read-times';

export const NOTICE_TEXT_MAX = 20_000;
export const REGION_MAX = 40;

export type NoticeInput = { text: string; published: LocalDay; region?: string };

/** The code and parameters of the first problem with a notice request, or the validated input. */
export type ReadNoticeInput = { input: NoticeInput } | { code: ErrorCode; params: Record<string, number> };

const hasControl = (text: string) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text);

/**
 * Validates `{ text, published: 'YYYY-MM-DD', region? }` from the workspace's "paste a notice".
 *
 * @example
 * readNoticeInput({ text: '1月19日到汕头站', published: '2020-02-10' }, { today: { year: 2026, month: 12, day: 5 } })
 * // → { input: { text: '1月19日到汕头站', published: { year: 2020, month: 2, day: 10 } } }
 */
export function readNoticeInput(body: unknown, options: { today: LocalDay }): ReadNoticeInput {
  const value = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { text, published, region } = value;
  if (typeof text !== 'string' || text.trim().length === 0 || text.length > NOTICE_TEXT_MAX || hasControl(text)) {
    return { code: 'notice.text-invalid', params: { max: NOTICE_TEXT_MAX } };
  }
  const day = typeof published === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(published) : null;
  const parsed = day ? { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) } : undefined;
  const asUtc = (d: LocalDay) => Date.UTC(d.year, d.month - 1, d.day);
  const isRealDay = parsed && new Date(asUtc(parsed)).getUTCDate() === parsed.day && new Date(asUtc(parsed)).getUTCMonth() === parsed.month - 1;
  if (!parsed || !isRealDay || parsed.year < 2000 || asUtc(parsed) > asUtc(options.today)) return { code: 'notice.published-invalid', params: {} };
  if (region !== undefined && region !== null && (typeof region !== 'string' || region.length > REGION_MAX || hasControl(region))) {
    return { code: 'notice.region-invalid', params: { max: REGION_MAX } };
  }
  const trimmedRegion = typeof region === 'string' && region.trim() ? region.trim() : undefined;
  return { input: { text, published: parsed, ...(trimmedRegion ? { region: trimmedRegion } : {}) } };
}
