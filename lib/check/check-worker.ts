/**
 * A check worker thread: holds one case index and runs checks against it under a work budget, so a long
 * check occupies this thread, not the server's. Bundled on its own by lib/cli/build-check-worker.mjs (Next.js
 * does not bundle worker entry points for the server); lib/check/check-pool.ts starts and feeds it.
 */
import { parentPort } from 'node:worker_threads';
import { buildCaseIndex, type CaseIndex } from '../overlap/build-case-index';
import { findOverlaps } from '../overlap/find-overlaps';
import { createWorkMeter, WorkBudgetExceededError } from '../overlap/work-budget';
import type { CheckWorkerReply, CheckWorkerRequest } from './check-worker-messages';
import { unpackTracks } from './pack-tracks';
import { withCaseTimes } from './case-time-there';

let index: CaseIndex | undefined;

function handle(message: CheckWorkerRequest): CheckWorkerReply {
  if (message.type === 'load') {
    const started = performance.now();
    index = buildCaseIndex(unpackTracks(message.packed));
    return { type: 'loaded', version: message.version, ms: performance.now() - started, indexBytes: index.byteLength };
  }
  if (!index) return { type: 'failed', id: message.id, message: 'No case index loaded yet.' };
  const meter = createWorkMeter(message.budget);
  try {
    const parts = unpackTracks(message.resident)[0]?.parts ?? [];
    // The case's own time at each overlap is read here, beside the index (the server thread holds none).
    const overlaps = withCaseTimes(index, findOverlaps(parts, index, message.rule, { meter }), message.rule);
    return { type: 'done', id: message.id, overlaps, spent: meter.spent() };
  } catch (error) {
    if (error instanceof WorkBudgetExceededError) return { type: 'refused', id: message.id, measure: error.measure, limit: error.limit };
    return { type: 'failed', id: message.id, message: (error as Error).message };
  }
}

parentPort?.on('message', (message: CheckWorkerRequest) => parentPort?.postMessage(handle(message)));
