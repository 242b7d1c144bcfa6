import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@/': root('./'),
      // Outside Next.js the marker package throws on import; tests are server code, so use its empty twin.
      'server-only': root('./node_modules/server-only/empty.js'),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Property tests and the large-input limits run long on a loaded 2-core machine; no test asserts speed.
          testTimeout: 60_000,
          include: ['lib/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          // Run by .ci/test-integration.sh, once on embedded PGlite and once on PostgreSQL.
          name: 'integration',
          setupFiles: ['lib/api/peer-header.test-setup.ts'],
          include: ['lib/**/*.int.test.ts', 'app/**/*.int.test.ts'],
          environment: 'node',
          // One process, files in sequence, modules shared: the database is opened once (PGlite
          // takes seconds and ~1 GB to open), and files do not race on its tables.
          pool: 'forks',
          fileParallelism: false,
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
