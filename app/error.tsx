'use client';

/** Shown when a page cannot load its data (for example, the database is down). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main style={{ padding: 24, maxWidth: 560 }}>
      <h1>Gridwatch 暂时无法加载 · Gridwatch could not load this page</h1>
      <p>数据库可能暂时不可用，请稍后重试。 The database may be unavailable; please try again shortly.</p>
      {error.digest ? <p style={{ color: '#666' }}>Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} style={{ padding: '8px 14px' }}>
        重试 · Retry
      </button>
    </main>
  );
}
