/**
 * npm run bench:staff — the staff list pages at district scale. Seeds the demo data (and three residents'
 * reports) into a scratch embedded database, measures the pages (the baseline), adds 2,000 cases (5 visits
 * each), 500 zones, 1,000 testing rounds and 500 reports, and measures again in the same run: HTML bytes, time
 * until the page is usable (its form field takes input, in headless Chromium) and time per keystroke typed into
 * that field. Prints JSON with the ratios to the baseline.
 * CHROMIUM_PATH (default /usr/bin/chromium); BENCH_PORT (default 3910). Loopback only.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { chromium, type Page } from '@playwright/test';
import { hashPassword } from '../../lib/auth/password';
import { openDatabase } from '../../lib/db/client';
import { createUser } from '../../lib/db/queries/users';
import { parseSettings } from '../../lib/env';
import { startApp } from './app-server';

const CASES = 2_000;
const VISITS_PER_CASE = 5;
const ZONES = 500;
const ROUNDS = 1_000;
const REPORTS = 500;
const KEYS = 'abcdefghijklmnopqrst';
const PORT = Number(process.env.BENCH_PORT ?? 3910);
const TIMEOUT_MS = 120_000;
/** A production start on a busy two-core machine (instrumentation writes the case day files first) can take minutes. */
const START_TIMEOUT_MS = 600_000;

const log = (message: string) => console.error(message);

/**
 * A page, and how to make it usable: the control that opens its editor (if any) and the form field typed into,
 * by its English label (messages-staff.ts, messages-community.ts). `ready`: a selector to wait for before
 * opening the editor (the zones page's draw button works only once the map is ready).
 */
const PAGES: { name: string; path: string; ready?: string; open: { role: 'button'; name: string } | null; field: string | null }[] = [
  { name: 'cases', path: '/staff/cases', open: { role: 'button', name: 'New case' }, field: 'Case code' },
  { name: 'zones', path: '/staff/zones', ready: '[data-map-ready="true"]', open: { role: 'button', name: 'Draw a new zone' }, field: 'Name' },
  { name: 'rounds', path: '/staff/rounds', open: null, field: 'Note' },
  { name: 'reports', path: '/staff/reports', open: null, field: 'Notes' },
  { name: 'audit', path: '/staff/audit', open: null, field: null },
];

/**
 * `keyMedianMs`: the page's own work per key (the input event, React's render and commit, run synchronously for
 * a discrete event); `keyFrameMedianMs` adds the wait for the next painted frame, which in headless Chromium's
 * software GL is mostly the map's frame time and so a property of the machine more than of the page.
 */
type Measure = { htmlBytes: number; usableMs: number | null; keyMedianMs: number | null; keyMaxMs: number | null; keyFrameMedianMs: number | null };

async function seedStaff(dataDir: string, account: { username: string; password: string }): Promise<void> {
  const handle = await openDatabase({ settings: parseSettings({ GRIDWATCH_DATA_DIR: dataDir, GRIDWATCH_DEMO: 'on' }), seedDemo: true, role: 'bench seed' });
  try {
    await createUser(handle.db, { username: account.username, role: 'staff', passwordHash: await hashPassword(account.password) }, { label: 'bench' });
    await seedReports(handle.db, 3);
  } finally {
    await handle.close();
  }
}

/** `n` residents' reports to follow up, spread over the communities, kept for 13 more days. */
async function seedReports(db: Awaited<ReturnType<typeof openDatabase>>['db'], n: number): Promise<void> {
  await db.execute(sql`
    INSERT INTO resident_reports (community_id, name, phone, "overlaps", consented_at, expires_at)
    SELECT (SELECT id FROM communities ORDER BY id OFFSET i % (SELECT count(*) FROM communities) LIMIT 1), '压测居民 ' || i,
      '138' || lpad(i::text, 8, '0'), '[]'::jsonb, now(), now() + interval '13 days'
    FROM generate_series(1, ${n}) AS i`);
}

/** 2,000 cases of five visits, 500 zones, 1,000 rounds and 500 reports around the demo district, in set SQL (seconds, not minutes). */
async function seedScale(dataDir: string): Promise<void> {
  const handle = await openDatabase({ settings: parseSettings({ GRIDWATCH_DATA_DIR: dataDir, GRIDWATCH_DEMO: 'off' }), seedDemo: false, role: 'bench seed' });
  try {
    const db = handle.db;
    await db.execute(sql`SELECT setseed(0.2022)`);
    await db.execute(sql`
      INSERT INTO zones (kind, name, geom, effective_from)
      SELECT (ARRAY['sealed','controlled','precaution'])[1 + i % 3]::zone_kind, '压测区域 ' || i,
        ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(126.78 + random() * 0.15, 37.45 + random() * 0.14), 4326)::geography, 80 + (i % 3) * 250, 8)::geometry),
        '2020-03-10T00:00:00Z'::timestamptz + (random() * 10 || ' days')::interval
      FROM generate_series(1, ${ZONES}) AS i`);
    await db.execute(sql`
      INSERT INTO cases (code, classification, reported_at, status, published_at)
      SELECT 'S-' || lpad(i::text, 5, '0'), 'confirmed', '2020-03-20T00:00:00Z'::timestamptz - (random() * 9 || ' days')::interval,
        (CASE WHEN i % 4 = 0 THEN 'draft' ELSE 'published' END)::case_status, CASE WHEN i % 4 = 0 THEN NULL ELSE now() END
      FROM generate_series(1, ${CASES}) AS i`);
    await db.execute(sql`
      INSERT INTO case_visits (case_id, seq, place, geom, starts_at, ends_at)
      SELECT c.id, k, '压测地点 ' || k || ' 号商铺', ST_SetSRID(ST_MakePoint(126.78 + random() * 0.15, 37.45 + random() * 0.14), 4326),
        c.reported_at - interval '3 days' + k * interval '2 hours', c.reported_at - interval '3 days' + k * interval '2 hours' + interval '40 minutes'
      FROM cases c CROSS JOIN generate_series(0, ${VISITS_PER_CASE - 1}) AS k WHERE c.code LIKE 'S-%'`);
    await db.execute(sql`
      INSERT INTO testing_rounds (community_id, round_number, tested_on, people_tested, positives)
      SELECT (SELECT id FROM communities ORDER BY id OFFSET i % (SELECT count(*) FROM communities) LIMIT 1), 1000 + i,
        DATE '2020-02-01' + (i % 40), 100 + i, i % 3
      FROM generate_series(1, ${ROUNDS}) AS i`);
    await seedReports(db, REPORTS);
    await db.execute(sql`ANALYZE`);
  } finally {
    await handle.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measurePage(page: Page, base: string, cookie: string, target: (typeof PAGES)[number]): Promise<Measure> {
  const html = await fetch(`${base}${target.path}`, { headers: { cookie, 'accept-language': 'en' } });
  const htmlBytes = (await html.arrayBuffer()).byteLength;
  try {
    const started = Date.now();
    await page.goto(`${base}${target.path}`, { timeout: TIMEOUT_MS, waitUntil: 'load' });
    if (!target.field) {
      await page.waitForSelector('main', { timeout: TIMEOUT_MS });
      return { htmlBytes, usableMs: Date.now() - started, keyMedianMs: null, keyMaxMs: null, keyFrameMedianMs: null };
    }
    // Usable: the editor opens on a click (the page has hydrated) and its field takes input.
    if (target.ready) await page.waitForSelector(target.ready, { timeout: TIMEOUT_MS });
    if (target.open) await page.getByRole(target.open.role, { name: target.open.name }).click({ timeout: TIMEOUT_MS });
    const field = page.getByLabel(target.field, { exact: true }).first();
    await field.waitFor({ timeout: TIMEOUT_MS });
    // Hydrated: React has attached its fiber to the field (before that, typing would reach the DOM only).
    const handle = await field.elementHandle({ timeout: TIMEOUT_MS });
    await page.waitForFunction((el) => el !== null && Object.keys(el).some((k) => k.startsWith('__reactFiber')), handle, { timeout: TIMEOUT_MS });
    const usableMs = Date.now() - started;
    await field.click();
    const work: number[] = [];
    const frames: number[] = [];
    for (const key of KEYS) {
      // Per key, by the page's clock: the input event handled and rendered, then the next frame.
      const [sync, frame] = await page.evaluate(async (k) => {
        const input = document.activeElement as HTMLInputElement | HTMLTextAreaElement;
        const t0 = performance.now();
        // React tracks the value through the prototype's setter (an input's or a textarea's).
        const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input) as object, 'value')!.set!;
        setter.call(input, input.value + k);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // React renders a discrete event's update in a microtask queued during the dispatch: it runs before this one.
        await new Promise<void>((resolve) => queueMicrotask(resolve));
        const t1 = performance.now();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return [t1 - t0, performance.now() - t0];
      }, key);
      work.push(sync);
      frames.push(frame);
    }
    const round1 = (ms: number) => Math.round(ms * 10) / 10;
    return { htmlBytes, usableMs, keyMedianMs: round1(median(work)), keyMaxMs: round1(Math.max(...work)), keyFrameMedianMs: round1(median(frames)) };
  } catch (error) {
    log(`  ${target.name}: ${(error as Error).message.split('\n')[0]}`);
    return { htmlBytes, usableMs: null, keyMedianMs: null, keyMaxMs: null, keyFrameMedianMs: null };
  }
}

async function measureAll(dataDir: string, account: { username: string; password: string }): Promise<Record<string, Measure>> {
  const app = await startApp(PORT, { dataDir, readyTimeoutMs: START_TIMEOUT_MS });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const signIn = await context.request.post(`${app.baseUrl}/api/auth/sign-in`, { data: account, headers: { origin: app.baseUrl } });
    if (!signIn.ok()) throw new Error(`sign-in: ${signIn.status()} ${await signIn.text()}`);
    await context.addCookies([{ name: 'gridwatch-lang', value: 'en', url: app.baseUrl }]);
    const cookie = (await context.cookies(app.baseUrl)).map((c) => `${c.name}=${c.value}`).join('; ');
    const page = await context.newPage();
    const results: Record<string, Measure> = {};
    for (const target of PAGES) {
      results[target.name] = await measurePage(page, app.baseUrl, cookie, target);
      log(`  ${target.name}: ${JSON.stringify(results[target.name])}`);
    }
    return results;
  } finally {
    await browser.close();
    await app.stop();
  }
}

const ratio = (value: number | null, base: number | null) => (value === null || base === null || base === 0 ? null : Math.round((value / base) * 100) / 100);

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridwatch-bench-staff-'));
  const account = { username: 'bench-staff', password: randomBytes(12).toString('hex') };
  try {
    log(`staff bench: scratch embedded database in ${dataDir}`);
    await seedStaff(dataDir, account);
    log('baseline (demo data):');
    const baseline = await measureAll(dataDir, account);
    log(`seeding ${CASES} cases × ${VISITS_PER_CASE} visits and ${ZONES} zones…`);
    await seedScale(dataDir);
    log('at scale:');
    const atScale = await measureAll(dataDir, account);
    const pages = Object.fromEntries(
      Object.keys(atScale).map((name) => {
        const [b, s] = [baseline[name], atScale[name]];
        return [name, { baseline: b, atScale: s, ratio: { htmlBytes: ratio(s.htmlBytes, b.htmlBytes), usableMs: ratio(s.usableMs, b.usableMs), keyMedianMs: ratio(s.keyMedianMs, b.keyMedianMs) } }];
      }),
    );
    console.log(JSON.stringify({ bench: 'staff', cases: CASES, visitsPerCase: VISITS_PER_CASE, zones: ZONES, cpus: os.cpus().length, pages }, null, 1));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
