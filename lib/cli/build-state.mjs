// Decides whether the production build in .next is current for the sources, so `npm start` can build
// only when needed. Plain ESM (no TypeScript): it runs before anything is compiled.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'lib', 'public', 'drizzle', 'instrumentation.ts', 'next.config.mjs', 'tsconfig.json', 'package-lock.json'];
const SKIP = /(^|\/)(node_modules|fixtures|\.test\.ts$)/;
const STAMP = path.join('.next', 'gridwatch-sources.sha256');

function* files(entry) {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isFile()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) {
    const child = path.join(entry, name);
    if (!SKIP.test(child)) yield* files(child);
  }
}

/** A hash of the source files' paths and contents, plus the NEXT_PUBLIC_ settings baked into the build. */
export function sourceFingerprint(root = process.cwd()) {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for (const file of files(path.join(root, source))) {
      hash.update(path.relative(root, file));
      hash.update(fs.readFileSync(file));
    }
  }
  for (const [key, value] of Object.entries(process.env).filter(([k]) => k.startsWith('NEXT_PUBLIC_')).sort()) hash.update(`${key}=${value}`);
  return hash.digest('hex');
}

export function isBuildCurrent(root = process.cwd()) {
  const stamp = path.join(root, STAMP);
  return fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === sourceFingerprint(root);
}

export function recordBuild(root = process.cwd()) {
  fs.writeFileSync(path.join(root, STAMP), sourceFingerprint(root));
}
