import type { NoEpidemicReason, NoEpidemicReasonCode } from './no-epidemic';

/** The message key of each reason code (lib/i18n/messages-community.ts). */
export const REASON_MESSAGE_KEYS = {
  'zone-in-force': 'reasonZoneInForce',
  'zone-lifted-recently': 'reasonZoneLiftedRecently',
  'case-recently': 'reasonCaseRecently',
  'no-testing-round': 'reasonNoTestingRound',
  'latest-round-positive': 'reasonLatestRoundPositive',
  'negative-round-recent': 'reasonNegativeRoundRecent',
} as const satisfies Record<NoEpidemicReasonCode, string>;

type ReasonMessages = Record<(typeof REASON_MESSAGE_KEYS)[NoEpidemicReasonCode], string>;

/**
 * One reason as a sentence in the reader's language, its dates formatted by `formatDate`.
 *
 * @example
 * describeReason({ code: 'case-recently', eventAt: '2022-08-25T12:00:00Z', until: '2022-09-08T12:00:00Z' }, messages.en, { days: 14, formatDate: (iso) => iso.slice(0, 10) })
 * // → 'a new case living or reported in it on 2022-08-25, less than 14 days ago (until 2022-09-08)'
 */
export function describeReason(reason: NoEpidemicReason, messages: ReasonMessages, options: { days: number; formatDate: (iso: string) => string }): string {
  const values: Record<string, string> = {
    days: String(options.days),
    date: reason.eventAt ? options.formatDate(reason.eventAt) : '',
    until: reason.until ? options.formatDate(reason.until) : '',
  };
  return messages[REASON_MESSAGE_KEYS[reason.code]].replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
