// Bundles the check worker (lib/check/check-worker.ts) into one ESM file for worker_threads. Next.js bundles
// route handlers but not a worker's entry point, and a worker cannot load TypeScript, so the production build
// runs this after `next build`; lib/check/check-pool.ts falls back to the main thread without the file.
import path from 'node:path';
import { build } from 'esbuild';

export const CHECK_WORKER_FILE = path.join('.next', 'gridwatch-check-worker.mjs');

/** Writes the bundle to `outfile` (default .next/gridwatch-check-worker.mjs under `root`). */
export async function buildCheckWorker(root = process.cwd(), outfile = path.join(root, CHECK_WORKER_FILE)) {
  await build({
    entryPoints: [path.join(root, 'lib/check/check-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: false,
    sourcemap: false,
    logLevel: 'warning',
    // h3-js's emscripten code asks for require(); give the ESM bundle one.
    banner: { js: "import { createRequire as gridwatchCreateRequire } from 'node:module'; const require = gridwatchCreateRequire(import.meta.url);" },
  });
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = await buildCheckWorker();
  console.log(`check worker bundled into ${file}`);
}
