import 'server-only';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { CoverageBasis } from '../check/coverage';
import type { CaseTrack } from '../trajectory/types';
import { encodeDayFile } from './day-file-codec';
import { readDayFileFromDisk, type DayFileBodies } from './day-file-disk';
import { DAY_FILE_NAME, dayFileHash } from './plan-day-files';
import { splitTracksByDay } from './split-by-day';
import type { CaseDayEntry, CaseDayManifest } from './types';

export type { DayFileBodies } from './day-file-disk';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);


/** The manifest as served: its JSON and ETag are computed when it changes, so a request only compares. */
export type ServedManifest = { manifest: CaseDayManifest; body: string; etag: string };

export type CaseDayBuild = { rebuiltDays: string[]; removedDays: string[]; keptDays: number; ms: number };

export type CaseDayStore = {
  /** The current manifest, or undefined before the first build or load. */
  manifest(): ServedManifest | undefined;
  /** A day file by name (`<day>.<hash>.bin`): from memory, else from the directory (another instance's build). */
  readDayFile(name: string): Promise<DayFileBodies | undefined>;
  /** Loads the manifest and day files a previous run left in the directory (a start without a build). */
  loadFromDisk(): Promise<boolean>;
  /**
   * Builds the day files for the published tracks: every day is encoded and hashed, and only the days whose
   * hash changed are compressed, written and swapped in. Builds run one at a time; one asked for while
   * another runs waits for it.
   */
  build(tracks: readonly CaseTrack[]): Promise<CaseDayBuild>;
  /**
   * Puts the coverage basis in the manifest (and its file), re-serving it only when the basis changed: the
   * check snapshot calls this whenever it reads the basis, so a community import is in the next manifest.
   */
  setBasis(basis: CoverageBasis): Promise<void>;
};

/** Old day files stay this long after leaving the manifest, for clients holding the previous one. */
const OLD_FILE_GRACE_MS = 10 * 60_000;
const MANIFEST_FILE = 'manifest.json';
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

async function writeAtomically(file: string, body: Buffer | string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, body);
  await fs.rename(temporary, file);
}

function serve(manifest: CaseDayManifest): ServedManifest {
  const body = JSON.stringify(manifest);
  return { manifest, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/**
 * Day files of published case tracks, kept in memory for the app and written to `dir` (with `.br` and `.gz`
 * beside each, and `manifest.json`) so a proxy or CDN — or another instance — can serve them without it.
 *
 * @example
 * const store = createCaseDayStore({ dir: '.data/case-days', timeZone: 'Asia/Shanghai' });
 * await store.build(await listPublishedCaseTracksForIndex(db)); // → { rebuiltDays: ['2022-04-01', …], … }
 */
export function createCaseDayStore(options: { dir: string; timeZone: string }): CaseDayStore {
  const { dir, timeZone } = options;
  let served: ServedManifest | undefined;
  let basis: CoverageBasis | undefined;
  const bodies = new Map<string, DayFileBodies>();
  let running: Promise<unknown> = Promise.resolve();

  const readFromDisk = (name: string) => readDayFileFromDisk(dir, name);

  async function build(tracks: readonly CaseTrack[]): Promise<CaseDayBuild> {
    const started = performance.now();
    await fs.mkdir(dir, { recursive: true });
    const previous = new Map((served?.manifest.days ?? []).map((d) => [d.day, d]));
    const days: CaseDayEntry[] = [];
    const rebuiltDays: string[] = [];
    const nextBodies = new Map<string, DayFileBodies>();
    for (const day of splitTracksByDay(tracks, timeZone)) {
      const raw = encodeDayFile(day);
      const hash = dayFileHash(raw);
      const file = `${day.day}.${hash}.bin`;
      const old = previous.get(day.day);
      let fileBodies = old?.hash === hash ? bodies.get(file) : undefined;
      if (!fileBodies) {
        // Another instance (or an earlier run) may have written this very file: identical bytes, same name.
        fileBodies = await readFromDisk(file);
        if (!fileBodies) {
          const identity = Buffer.from(raw);
          const [br, gz] = await Promise.all([
            // Quality 6: at city scale within 4% of quality 9's size for a fifth of its time (the bench measured).
            brotli(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
            gzip(identity, { level: 6 }),
          ]);
          fileBodies = { identity, br, gzip: gz };
          await Promise.all([writeAtomically(path.join(dir, `${file}.br`), br), writeAtomically(path.join(dir, `${file}.gz`), gz)]);
          await writeAtomically(path.join(dir, file), identity);
        }
        rebuiltDays.push(day.day);
      }
      nextBodies.set(file, fileBodies);
      days.push({ day: day.day, start: new Date(day.start).toISOString(), end: new Date(day.end).toISOString(), hash, file, bytes: raw.byteLength });
      // Encoding a busy day takes tens of milliseconds at city scale: let waiting requests in between days.
      await yieldToRequests();
    }
    const removedDays = [...previous.keys()].filter((day) => !days.some((d) => d.day === day));
    const next = serve({ v: 2, timeZone, days, caseCount: tracks.length, ...(basis ? { basis } : {}) });
    if (next.body !== served?.body) await writeAtomically(path.join(dir, MANIFEST_FILE), next.body);
    served = next;
    bodies.clear();
    for (const [file, b] of nextBodies) bodies.set(file, b);
    await removeOldFiles(new Set(nextBodies.keys()));
    return { rebuiltDays, removedDays, keptDays: days.length - rebuiltDays.length, ms: performance.now() - started };
  }

  async function removeOldFiles(current: Set<string>): Promise<void> {
    const now = Date.now();
    for (const name of await fs.readdir(dir)) {
      const file = name.replace(/\.(br|gz)$/, '');
      if (!DAY_FILE_NAME.test(file) || current.has(file)) continue;
      const stat = await fs.stat(path.join(dir, name)).catch(() => undefined);
      if (stat && now - stat.mtimeMs > OLD_FILE_GRACE_MS) await fs.rm(path.join(dir, name), { force: true });
    }
  }

  return {
    manifest: () => served,
    async readDayFile(name) {
      if (!DAY_FILE_NAME.test(name)) return undefined;
      return bodies.get(name) ?? (await readFromDisk(name));
    },
    async loadFromDisk() {
      try {
        const manifest = JSON.parse(await fs.readFile(path.join(dir, MANIFEST_FILE), 'utf8')) as CaseDayManifest;
        if (manifest.v !== 2 || manifest.timeZone !== timeZone || !Array.isArray(manifest.days)) return false;
        for (const day of manifest.days) {
          const b = await readFromDisk(day.file);
          if (!b) return false;
          bodies.set(day.file, b);
        }
        served = serve(basis ? { ...manifest, basis } : manifest);
        return true;
      } catch {
        return false;
      }
    },
    build(tracks) {
      const result = running.then(() => build(tracks));
      running = result.catch(() => undefined);
      return result;
    },
    setBasis(next) {
      // In turn with builds, so a build under way does not serve the basis it started with after this one.
      const result = running.then(async () => {
        basis = next;
        if (!served || JSON.stringify(served.manifest.basis) === JSON.stringify(next)) return;
        served = serve({ ...served.manifest, basis: next });
        await writeAtomically(path.join(dir, MANIFEST_FILE), served.body);
      });
      running = result.catch(() => undefined);
      return result;
    },
  };
}
