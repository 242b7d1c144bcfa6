import type { ErrorCode } from '@/lib/errors/catalogue';
import type { ErrorParams } from '@/lib/errors/app-error';

const HOUR_MS = 3_600_000;
/** A window longer than the slider's span answers nothing a meeting asks, and costs the database. */
export const MAX_WINDOW_DAYS = 60;

/** An instant parameter with its offset (`Z` or `±hh:mm`), as the API accepts it. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export type BriefingWindow = { at: string; since: string };
export type WindowResult = { ok: true; value: BriefingWindow } | { ok: false; code: ErrorCode; params: ErrorParams };

/**
 * Whether a text is an ISO 8601 instant with an offset (a bare local time would depend on the server's zone).
 *
 * @example
 * isIsoInstant('2022-04-01T07:30:00+08:00') // → true
 * isIsoInstant('2022-04-01 07:30') // → false
 */
export function isIsoInstant(text: string): boolean {
  return ISO_INSTANT.test(text) && !Number.isNaN(Date.parse(text));
}

/**
 * The briefing's moment and window from the request: `at` defaults to `defaultAt` (now, or the end of a
 * historic dataset), `since` to `at` − 24 h. Refuses malformed instants, a `since` not before `at`, and a
 * window over 60 days, each with a coded error naming the parameter.
 *
 * @example
 * resolveBriefingWindow({ at: '2020-03-11T07:30:00+09:00' }, '2026-01-01T00:00:00Z')
 * // → { ok: true, value: { at: '2020-03-10T22:30:00.000Z', since: '2020-03-09T22:30:00.000Z' } }
 */
export function resolveBriefingWindow(input: { at?: string | null; since?: string | null }, defaultAt: string): WindowResult {
  for (const parameter of ['at', 'since'] as const) {
    const text = input[parameter];
    if (text !== null && text !== undefined && !isIsoInstant(text)) return { ok: false, code: 'briefing.instant-invalid', params: { parameter } };
  }
  const at = new Date(input.at ?? defaultAt);
  const since = input.since ? new Date(input.since) : new Date(at.getTime() - 24 * HOUR_MS);
  if (since >= at) return { ok: false, code: 'briefing.since-not-before-at', params: { since: { instant: since.toISOString() }, at: { instant: at.toISOString() } } };
  if (at.getTime() - since.getTime() > MAX_WINDOW_DAYS * 24 * HOUR_MS) return { ok: false, code: 'briefing.window-too-long', params: { days: MAX_WINDOW_DAYS } };
  return { ok: true, value: { at: at.toISOString(), since: since.toISOString() } };
}

/** How the page chooses the start of the window. */
export type SinceChoice = 'day' | 'last-opened' | 'custom';

/**
 * The `since` the page asks for: none (the server's 24 h) for "day", the previous briefing the user opened
 * for "last-opened" (when there is one and it is before `at`), else the picked instant.
 *
 * @example
 * sinceFor('last-opened', '2020-03-11T07:30:00Z', { lastOpened: '2020-03-10T07:45:00Z' }) // → '2020-03-10T07:45:00Z'
 * sinceFor('day', '2020-03-11T07:30:00Z', { lastOpened: '2020-03-10T07:45:00Z' }) // → undefined
 */
export function sinceFor(choice: SinceChoice, at: string, options: { lastOpened?: string | null; custom?: string | null }): string | undefined {
  const candidate = choice === 'last-opened' ? options.lastOpened : choice === 'custom' ? options.custom : null;
  if (!candidate || Number.isNaN(Date.parse(candidate)) || Date.parse(candidate) >= Date.parse(at)) return undefined;
  return candidate;
}

/**
 * The `datetime-local` value (`YYYY-MM-DDTHH:mm`) of an instant in a time zone, for the window picker.
 *
 * @example
 * toLocalInputValue('2020-03-10T11:00:00Z', 'Asia/Seoul') // → '2020-03-10T20:00'
 */
export function toLocalInputValue(instant: string, timeZone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(instant))
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/**
 * The instant of a `datetime-local` value read in a time zone (the district's, not the browser's), or null.
 *
 * @example
 * fromLocalInputValue('2020-03-10T20:00', 'Asia/Seoul') // → '2020-03-10T11:00:00.000Z'
 */
export function fromLocalInputValue(value: string, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const guess = Date.parse(`${value}:00Z`);
  if (Number.isNaN(guess)) return null;
  // Offset at the guess, then again at the answer (a daylight-saving change between them).
  const offsetAt = (t: number) => Date.parse(`${toLocalInputValue(new Date(t).toISOString(), timeZone)}:00Z`) - Math.floor(t / 60_000) * 60_000;
  let t = guess - offsetAt(guess);
  t = guess - offsetAt(t);
  return new Date(t).toISOString();
}
