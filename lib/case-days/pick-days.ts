import type { CaseDayEntry } from './types';

/**
 * The manifest's days a private check needs for the window [from, to] (ISO instants or epoch ms): every
 * day whose span meets the window. Days with no published case are not in the manifest and need nothing.
 *
 * @example
 * pickDays(manifest.days, { from: '2022-04-01T00:00:00Z', to: '2022-04-03T00:00:00Z' }).map((d) => d.day)
 * // → ['2022-04-01', '2022-04-02', '2022-04-03'] (in Asia/Shanghai, where 2022-04-03 starts at 16:00 UTC on the 2nd)
 */
export function pickDays(days: readonly CaseDayEntry[], window: { from: string | number; to: string | number }): CaseDayEntry[] {
  const from = typeof window.from === 'number' ? window.from : Date.parse(window.from);
  const to = typeof window.to === 'number' ? window.to : Date.parse(window.to);
  return days.filter((d) => Date.parse(d.start) <= to && Date.parse(d.end) > from);
}
