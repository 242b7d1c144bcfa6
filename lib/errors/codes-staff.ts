import type { ErrorEntry } from './catalogue';

/** The staff workspace: zones, cases, rounds, contacts, imports. */
export const staffErrors = {
  'zone.self-intersection': { status: 422, 'zh-CN': '区域边界自相交（约在 {lng}, {lat}），请调整后再保存。', en: 'The zone boundary crosses itself (near {lng}, {lat}); reshape it and save again.' },
} as const satisfies Record<string, ErrorEntry>;
