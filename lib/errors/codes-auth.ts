import type { ErrorEntry } from './catalogue';

/** Sign-in, sessions and roles. */
export const authErrors = {
  'auth.signed-out': { status: 401, 'zh-CN': '请先登录。', en: 'Sign in first.' },
  'auth.forbidden': { status: 403, 'zh-CN': '您的角色无权执行此操作。', en: 'Your role may not do this.' },
} as const satisfies Record<string, ErrorEntry>;
