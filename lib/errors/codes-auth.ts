import type { ErrorEntry } from './catalogue';

/** Sign-in, sessions and roles. */
export const authErrors = {
  'auth.signed-out': { status: 401, 'zh-CN': '请先登录。', en: 'Sign in first.' },
  'auth.forbidden': { status: 403, 'zh-CN': '您的角色无权执行此操作。', en: 'Your role may not do this.' },
  'auth.credentials-missing': { status: 400, 'zh-CN': '请输入用户名和密码。', en: 'Enter a username and a password.' },
  'auth.invalid-credentials': { status: 401, 'zh-CN': '用户名或密码错误。', en: 'Wrong username or password.' },
  'auth.demo-disabled': { status: 403, 'zh-CN': '演示账号仅在演示模式下可用。', en: 'Demo accounts work only when the app runs in demo mode.' },
  'auth.locked': {
    status: 429,
    'zh-CN': '此设备登录该账号失败次数过多，请 {retryAfterSeconds} 秒后再试。',
    en: 'Too many failed sign-ins to this account from here. Try again in {retryAfterSeconds} s.',
  },
  'auth.rate-limited': { status: 429, 'zh-CN': '此地址登录尝试过多，请 {retryAfterSeconds} 秒后再试。', en: 'Too many sign-in attempts from this address. Try again in {retryAfterSeconds} s.' },
} as const satisfies Record<string, ErrorEntry>;
