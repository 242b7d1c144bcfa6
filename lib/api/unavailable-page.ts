/**
 * The page a browser gets while the database is unreachable: 503 with Retry-After, in both languages
 * (zh-CN first), no scripts, styled under the page's CSP nonce, never cached.
 *
 * @example
 * unavailablePage({ nonce, retryAfterSeconds: 30 }) // → { status: 503, headers: { 'Retry-After': '30', … }, html }
 */
export function unavailablePage(options: { nonce: string; retryAfterSeconds: number }): { status: 503; headers: Record<string, string>; html: string } {
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>暂时无法使用 · Temporarily unavailable — Gridwatch</title>
<style nonce="${options.nonce}">body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.6;color:#1f2937}h1{font-size:1.4rem}</style>
</head><body>
<h1>数据库暂时无法使用</h1>
<p>页面暂时无法显示。请 ${options.retryAfterSeconds} 秒后刷新。您之前提交的内容不会丢失。</p>
<h1 lang="en">The database is temporarily unavailable</h1>
<p lang="en">This page cannot be shown right now. Reload in ${options.retryAfterSeconds} seconds; nothing you sent before is lost.</p>
</body></html>`;
  return {
    status: 503,
    headers: { 'Retry-After': String(options.retryAfterSeconds), 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    html,
  };
}
