import { Worker } from 'node:worker_threads';
import type { OverlapRule } from '../overlap/rule';
import type { Overlap } from '../overlap/types';
import { DEFAULT_WORK_BUDGET, WorkBudgetExceededError, type WorkBudget } from '../overlap/work-budget';
import type { CaseTrack, TrajectoryPart } from '../trajectory/types';
import type { CheckWorkerReply, CheckWorkerRequest } from './check-worker-messages';
import { packTracks, type PackedTracks } from './pack-tracks';

export type PoolCheckResult = { overlaps: Overlap[]; spent: { pairs: number; cells: number } };

export type CheckPool = {
  readonly size: number;
  /**
   * Builds a new case index in the workers beside the old one: all at once the first time, then one worker
   * at a time, so the others keep answering with the previous index until their turn.
   */
  load(tracks: readonly CaseTrack[]): Promise<void>;
  /** Runs a check on the least busy worker. Rejects with WorkBudgetExceededError past the budget. */
  check(parts: readonly TrajectoryPart[], rule: OverlapRule): Promise<PoolCheckResult>;
  close(): Promise<void>;
};

type Pending = { resolve: (result: PoolCheckResult) => void; reject: (error: Error) => void; startedAt: number; timer: NodeJS.Timeout };

type Slot = {
  worker: Worker;
  /** Version of the index this worker holds (−1: none yet). */
  version: number;
  isLoading: boolean;
  pending: Map<number, Pending>;
  /** Settles the load under way (also when the worker is replaced mid-load). */
  finishLoad?: () => void;
  loadingVersion?: number;
};

/** The ArrayBuffers under a packed trajectory's columns (each once), for a postMessage transfer list. */
function columnBuffers(packed: PackedTracks): ArrayBuffer[] {
  const columns = [packed.partTrack, packed.partKind, packed.partPlace, packed.partStart, packed.stayEnd, packed.lng, packed.lat, packed.time];
  return [...new Set(columns.map((c) => c.buffer).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer))];
}

/** A worker whose oldest check has run this long is skipped while another is free (it may be a long check). */
const SLOW_CHECK_MS = 50;
/** Past its budget's wall time plus this, a worker that has not answered is replaced (the meter failed to stop it). */
const HARD_TIMEOUT_GRACE_MS = 2_000;

/**
 * A pool of check worker threads (lib/check/check-worker.ts, bundled to `file`), each holding the case
 * index. Written for the job rather than taken from piscina/tinypool: a new index is loaded into one
 * worker at a time while the others keep serving, and a check is sent to a worker that is not stuck on a
 * long check — both need per-worker control those pools do not give.
 *
 * @example
 * const pool = createCheckPool({ file: '.next/gridwatch-check-worker.mjs', size: 2 });
 * await pool.load(tracks);
 * await pool.check(parts, PRESETS['same-place'].rule) // → { overlaps: [...], spent: { pairs: 812, cells: 0 } }
 */
export function createCheckPool(options: { file: string; size: number; budget?: WorkBudget }): CheckPool {
  const budget = options.budget ?? DEFAULT_WORK_BUDGET;
  let nextId = 1;
  let version = 0;
  let packed: PackedTracks | undefined;
  let loading: Promise<void> = Promise.resolve();
  let readyWaiters: (() => void)[] = [];

  const post = (slot: Slot, message: CheckWorkerRequest, transfer: ArrayBuffer[] = []) => slot.worker.postMessage(message, transfer);

  function spawn(): Slot {
    const slot: Slot = { worker: new Worker(options.file), version: -1, isLoading: false, pending: new Map() };
    slot.worker.unref();
    slot.worker.on('message', (reply: CheckWorkerReply) => {
      if (reply.type === 'loaded') {
        slot.version = reply.version;
        slot.isLoading = false;
        if (slot.loadingVersion === reply.version) slot.finishLoad?.();
        const waiters = readyWaiters;
        readyWaiters = [];
        for (const wake of waiters) wake();
        return;
      }
      const pending = slot.pending.get(reply.id);
      if (!pending) return;
      slot.pending.delete(reply.id);
      clearTimeout(pending.timer);
      if (reply.type === 'done') pending.resolve({ overlaps: reply.overlaps, spent: reply.spent });
      else if (reply.type === 'refused') pending.reject(new WorkBudgetExceededError(reply.measure, reply.limit));
      else pending.reject(new Error(`Check worker: ${reply.message}`));
    });
    slot.worker.on('error', (error: Error) => replace(slot, error));
    return slot;
  }

  const slots: Slot[] = Array.from({ length: Math.max(1, options.size) }, spawn);

  function loadSlot(slot: Slot, into: number, tracks: PackedTracks): Promise<void> {
    slot.isLoading = true;
    slot.loadingVersion = into;
    return new Promise((resolve) => {
      slot.finishLoad = resolve;
      post(slot, { type: 'load', version: into, packed: tracks });
    });
  }

  /** Replaces a worker that crashed or overran: its checks fail, a new one loads the current index. */
  function replace(slot: Slot, error: Error): void {
    for (const pending of slot.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    slot.pending.clear();
    slot.finishLoad?.();
    void slot.worker.terminate();
    const fresh = spawn();
    slots[slots.indexOf(slot)] = fresh;
    if (packed) void loadSlot(fresh, version, packed);
  }

  function pickSlot(): Slot | undefined {
    const now = performance.now();
    let best: Slot | undefined;
    let bestScore = Infinity;
    for (const slot of slots) {
      if (slot.version < 0 || slot.isLoading) continue;
      let oldest = now;
      for (const p of slot.pending.values()) oldest = Math.min(oldest, p.startedAt);
      const score = slot.pending.size + (now - oldest > SLOW_CHECK_MS ? 1_000 : 0);
      if (score < bestScore) {
        best = slot;
        bestScore = score;
      }
    }
    return best;
  }

  async function check(parts: readonly TrajectoryPart[], rule: OverlapRule): Promise<PoolCheckResult> {
    let slot = pickSlot();
    while (!slot) {
      await new Promise<void>((resolve) => readyWaiters.push(resolve));
      slot = pickSlot();
    }
    const chosen = slot;
    const id = nextId++;
    const resident = packTracks([{ caseCode: '', parts: parts as TrajectoryPart[] }]);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        if (chosen.pending.has(id)) replace(chosen, new WorkBudgetExceededError('wall-time', budget.maxMs));
      }, budget.maxMs + HARD_TIMEOUT_GRACE_MS);
      chosen.pending.set(id, { resolve, reject, startedAt: performance.now(), timer });
      // The resident's columns are made for this check alone: moved to the worker, not copied.
      post(chosen, { type: 'check', id, resident, rule, budget }, columnBuffers(resident));
    });
  }

  async function load(tracks: readonly CaseTrack[]): Promise<void> {
    const run = loading.then(async () => {
      const into = ++version;
      packed = packTracks(tracks, { isShared: true });
      const current = packed;
      if (slots.every((s) => s.version < 0)) await Promise.all(slots.map((s) => loadSlot(s, into, current)));
      else for (const slot of [...slots]) await loadSlot(slot, into, current);
    });
    loading = run.catch(() => undefined);
    return run;
  }

  return {
    size: slots.length,
    load,
    check,
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
