/** Interface text of the staff pages (merged into lib/i18n/messages.ts). */
export const staffMessages = {
  'zh-CN': {},
  en: {},
} as const;
