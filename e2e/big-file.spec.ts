import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { waitForMapReady } from './helpers/map';

/**
 * A 192,800-point GPX (a fix every 5 s for 11 days around the demo district) read and checked on this device.
 * The page must show progress (reading, and the check's fraction) and do the heavy work in workers, so that
 * from the moment the file is chosen no task holds the page more than 200 ms (issue 15). The browser's own
 * longtask entries measure that: the behaviour asserted is "never blocked past 200 ms", with the longest task
 * reported beside it (attached and printed). The page load before the file is chosen is not part of it.
 */
const MAX_TASK_MS = 200;
const POINTS = 192_800;
const START = Date.UTC(2020, 2, 1);

function bigGpx(): Buffer {
  const points: string[] = [];
  let lng = 126.85;
  let lat = 37.55;
  for (let i = 0; i < POINTS; i++) {
    // A slow walk that stays in the district: a deterministic wobble, no randomness.
    lng = 126.85 + 0.03 * Math.sin(i / 5_000) + 0.0005 * Math.sin(i / 37);
    lat = 37.55 + 0.02 * Math.cos(i / 7_000) + 0.0005 * Math.cos(i / 53);
    points.push(`<trkpt lat="${lat.toFixed(6)}" lon="${lng.toFixed(6)}"><time>${new Date(START + i * 5_000).toISOString()}</time></trkpt>`);
  }
  return Buffer.from(`<?xml version="1.0"?><gpx version="1.1" creator="e2e"><trk><trkseg>${points.join('\n')}</trkseg></trk></gpx>`);
}

declare global {
  interface Window {
    longTasks: number[];
    progressSeen: string[];
  }
}

test.use({ viewport: { width: 360, height: 740 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

test('a 192,800-point file is read and checked in workers, with progress; the longest main-thread task is reported', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await page.addInitScript(() => {
    window.longTasks = [];
    window.progressSeen = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    // Progress rows appear and go quickly: note each one as it is added.
    new MutationObserver(() => {
      for (const row of document.querySelectorAll('.progress-row')) {
        const text = row.textContent ?? '';
        if (!window.progressSeen.includes(text)) window.progressSeen.push(text);
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));

  await page.goto('/check');
  await waitForMapReady(page);
  const marks: Record<string, number> = {};
  const longestSince = async (label: string) => {
    const tasks = await page.evaluate(() => window.longTasks.splice(0));
    marks[label] = tasks.length ? Math.max(...tasks) : 0;
    return tasks;
  };
  await longestSince('page load');

  // From a file on disk: a buffer would be decoded into a File on the page's main thread by the test harness itself.
  const file = testInfo.outputPath('eleven-days.gpx');
  fs.writeFileSync(file, bigGpx());
  await page.getByTestId('trajectory-file').setInputFiles(file);
  await expect(page.getByTestId('upload-status').locator('.ok-note')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('upload-status')).toContainText('eleven-days.gpx');
  const readTasks = await longestSince('read and parse');

  await page.getByTestId('run-check').click();
  await expect(page.getByTestId('check-result')).toBeVisible({ timeout: 120_000 });
  await waitForMapReady(page);
  const checkTasks = await longestSince('check and draw');

  // Progress was shown for reading the file and for the check itself.
  expect(progressKinds(await page.evaluate(() => window.progressSeen))).toEqual(expect.arrayContaining(['reading', 'check', 'check-fraction']));
  // The parser and the comparison ran in module workers of their own (MapLibre's workers are blob: URLs).
  const own = workers.filter((url) => !url.startsWith('blob:'));
  expect(own.length, `workers: ${workers.join(', ')}`).toBeGreaterThanOrEqual(2);

  const report = {
    points: POINTS,
    longestTaskMs: marks,
    tasksOver200ms: { 'read and parse': readTasks.filter((t) => t > 200).length, 'check and draw': checkTasks.filter((t) => t > 200).length },
  };
  console.log(`big-file long tasks: ${JSON.stringify(report)}`);
  await testInfo.attach('long-tasks.json', { body: JSON.stringify(report, null, 2), contentType: 'application/json' });
  expect([...readTasks, ...checkTasks].filter((ms) => ms > MAX_TASK_MS), `tasks over ${MAX_TASK_MS} ms after the file was chosen`).toEqual([]);
});

/** Which kinds of progress were seen: reading the file (a percentage), and the check's stages. */
function progressKinds(texts: string[]): string[] {
  const kinds = new Set<string>();
  for (const text of texts) {
    if (/读取 \d+%/.test(text)) kinds.add('reading');
    if (/比对|病例/.test(text)) kinds.add('check');
    if (/比对… \d+%/.test(text)) kinds.add('check-fraction');
  }
  return [...kinds];
}
