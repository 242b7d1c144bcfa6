/** Interface text of the check pages (merged into lib/i18n/messages.ts). */
export const checkMessages = {
  'zh-CN': {},
  en: {},
} as const;
