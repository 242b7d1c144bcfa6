// Screenshots of the staff lists (not committed): zh-CN at 360 px and en at desktop size.
import { chromium } from '@playwright/test';
const base = process.env.BASE ?? 'http://127.0.0.1:3117';
const pages = [
  ['cases', '/staff/cases'],
  ['cases-search', '/staff/cases?q=%E5%B8%82'],
  ['rounds', '/staff/rounds'],
  ['reports', '/staff/reports'],
  ['audit', '/staff/audit'],
  ['audit-case', '/staff/audit?type=case'],
  ['dashboard-exports', '/staff'],
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox'] });
for (const [label, size, lang] of [['mobile', { width: 360, height: 780 }, 'zh-CN'], ['desktop', { width: 1366, height: 900 }, 'en']]) {
  const context = await browser.newContext({ viewport: size, locale: lang, deviceScaleFactor: 1 });
  await context.addCookies([{ name: 'gridwatch-lang', value: lang, url: base }]);
  const r = await context.request.post(`${base}/api/auth/sign-in`, { data: { username: 'staff', password: 'demo-staff-2022' }, headers: { origin: base } });
  if (!r.ok()) throw new Error(`sign-in ${r.status()} ${await r.text()}`);
  const page = await context.newPage();
  for (const [name, path] of pages) {
    await page.goto(base + path, { waitUntil: 'load', timeout: 120000 });
    await page.waitForTimeout(1500);
    const full = name.startsWith('dashboard') ? false : true;
    if (name === 'dashboard-exports') await page.locator('[data-testid=export-links]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/h16b-shots/${name}-${label}.png`, fullPage: full && label === 'mobile' ? false : false });
    const bytes = (await (await context.request.get(base + path)).body()).length;
    console.log(name, label, 'html bytes', bytes);
  }
  await context.close();
}
await browser.close();
