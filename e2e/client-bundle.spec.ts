/**
 * No secret and no server module in what the browser downloads: every file of the production build's
 * `.next/static` (client JS, CSS, source maps, manifests) is scanned for database URLs, server-only setting
 * names, password hashes, the demo passwords, private paths, and strings that only server modules carry
 * (the table definitions, the database drivers, the password hashing). Each server marker is first shown
 * to be present in the server build or the module itself, so a miss means "not leaked", not "bad marker".
 * Runs after `npm run build`, like the other specs (the web server builds when the build is stale).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const root = process.cwd();
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

const isText = (file: string) => /\.(m?js|css|map|json|txt|html|svg|ts)$/.test(file);

/** Every text file the browser can fetch from the build, with its content. */
function clientFiles(): { file: string; text: string }[] {
  return filesUnder(path.join(root, '.next', 'static'))
    .filter(isText)
    .map((file) => ({ file: path.relative(root, file), text: fs.readFileSync(file, 'utf8') }));
}

/** Settings only the server reads: the keys of lib/env.ts's schema and any process.env.X in app/ and lib/, less NEXT_PUBLIC_* and NODE_ENV. */
function serverSettingNames(): string[] {
  const names = new Set<string>();
  for (const match of read('lib/env.ts').matchAll(/^\s{2}([A-Z][A-Z0-9_]+):/gm)) names.add(match[1]);
  const sources = [...filesUnder(path.join(root, 'app')), ...filesUnder(path.join(root, 'lib'))].filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !/\.test\.ts$/.test(f));
  for (const file of sources) for (const match of fs.readFileSync(file, 'utf8').matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g)) names.add(match[1]);
  // PORT and the like are ordinary words in library code: only the project's own prefixed names are telling.
  return [...names].filter((name) => name.includes('_') && !name.startsWith('NEXT_PUBLIC_') && name !== 'NODE_ENV');
}

/** The demo accounts' passwords, read from the seeding module's source (it cannot be imported outside the server). */
function demoPasswords(): string[] {
  return [...read('lib/demo/seed-demo.ts').matchAll(/password: '([^']+)'/g)].map((m) => m[1]);
}

/** Strings that only server modules contain, each with where it must be found (proof that the marker is real). */
const SERVER_MARKERS: { marker: string; module: string; foundIn: string }[] = [
  { marker: 'resident_reports', module: 'lib/db/schema.ts (table definitions)', foundIn: '.next/server' },
  { marker: 'password_hash', module: 'lib/db/schema.ts (users table)', foundIn: '.next/server' },
  { marker: 'PgTable', module: 'drizzle-orm/pg-core', foundIn: '.next/server' },
  { marker: 'pg_advisory_lock', module: 'lib/db/client.ts (migrations)', foundIn: '.next/server' },
  { marker: 'gridwatch.lock', module: 'lib/db/embedded-lock.ts', foundIn: '.next/server' },
  { marker: 'SCRAM-SHA-256', module: 'postgres (the PostgreSQL driver)', foundIn: 'node_modules/postgres/cjs/src' },
  { marker: 'pglite', module: '@electric-sql/pglite', foundIn: 'node_modules/@electric-sql/pglite/dist' },
  { marker: '@node-rs/argon2', module: 'lib/auth/password.ts (argon2)', foundIn: '.next/server' },
];

function someFileContains(dir: string, marker: string): boolean {
  return filesUnder(path.join(root, dir)).some((file) => isText(file) && fs.readFileSync(file, 'utf8').includes(marker));
}

/** A file-system path as the start of a path, not inside a URL such as https://host/root/… */
const pathPattern = (folder: string) => new RegExp(`(?<![\\w.-])${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`);

function leaks(files: { file: string; text: string }[], needle: string | RegExp): string[] {
  return files.filter(({ text }) => (typeof needle === 'string' ? text.includes(needle) : needle.test(text))).map(({ file }) => file);
}

test.describe('the client bundle', () => {
  const files = clientFiles();

  test('exists (the scan below reads something)', () => {
    expect(files.filter((f) => f.file.endsWith('.js')).length).toBeGreaterThan(5);
  });

  test('holds no database URL or server-only setting', () => {
    expect(leaks(files, /postgres(ql)?:\/\//), 'a postgres:// URL').toEqual([]);
    for (const value of [process.env.DATABASE_URL, process.env.TEST_DATABASE_URL].filter((v): v is string => Boolean(v))) {
      expect(leaks(files, value), 'the DATABASE_URL in this environment').toEqual([]);
    }
    const names = serverSettingNames();
    expect(names).toEqual(expect.arrayContaining(['DATABASE_URL', 'GRIDWATCH_DATA_DIR', 'GRIDWATCH_CHECK_BURST']));
    for (const name of names) expect(leaks(files, new RegExp(`\\b${name}\\b`)), `the setting name ${name}`).toEqual([]);
  });

  test('holds no password hash, demo password or session cookie name', () => {
    expect(leaks(files, /\$argon2(id|i|d)\$/), 'an argon2 hash').toEqual([]);
    const passwords = demoPasswords();
    expect(passwords.length).toBeGreaterThanOrEqual(4);
    for (const password of passwords) expect(leaks(files, password), 'a demo password').toEqual([]);
    // The session cookie is HttpOnly: browser code has no business naming it.
    expect(leaks(files, 'gridwatch-session'), 'the session cookie name').toEqual([]);
  });

  test('holds no private file path of the build machine', () => {
    expect(leaks(files, pathPattern(root)), `the project folder ${root}`).toEqual([]);
    const home = os.homedir();
    if (home.length > 1) expect(leaks(files, pathPattern(home)), `the home folder ${home}`).toEqual([]);
  });

  for (const { marker, module, foundIn } of SERVER_MARKERS) {
    test(`holds no code of ${module}`, () => {
      expect(someFileContains(foundIn, marker), `"${marker}" should be in ${foundIn}, or it proves nothing`).toBe(true);
      expect(leaks(files, marker), `"${marker}" (from ${module})`).toEqual([]);
    });
  }
});
