// Serves the production build like `next start`, but through a plain Node HTTP server that writes the
// connection's peer address into the x-gridwatch-peer header (overwriting whatever a client sent), so the
// app can tell who is connecting: Next.js route handlers do not expose the socket. lib/api/client-key.ts
// believes the header only when this server marked the process (Symbol.for('gridwatch.peer-header-set')).
// Usage: node lib/cli/serve.mjs [--port 3000] [--hostname 127.0.0.1]
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
process.env.NODE_ENV = 'production';
process.env.NEXT_TELEMETRY_DISABLED = '1';
globalThis[Symbol.for('gridwatch.peer-header-set')] = true;

const { default: next } = await import('next');
const app = next({ dev: false, hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

// The fast lane (lib/api/fast-lane.ts): instrumentation.ts leaves its handler here once the check is ready;
// it answers the check, the day-file manifest and the day files, and declines everything else.
const FAST_LANE = Symbol.for('gridwatch.fast-lane');

const server = createServer((request, response) => {
  request.headers['x-gridwatch-peer'] = request.socket.remoteAddress ?? '';
  if (globalThis[FAST_LANE]?.(request, response)) return;
  void handle(request, response);
});
server.listen(port, hostname, () => console.log(`Gridwatch: serving on http://${hostname ?? 'localhost'}:${port} (pid ${process.pid})`));

// Stop taking connections, let requests in flight finish, then exit (a proxy retries elsewhere meanwhile).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
