import type { OverlapRule } from '../overlap/rule';
import type { Overlap } from '../overlap/types';
import type { WorkBudget, WorkMeasure } from '../overlap/work-budget';
import type { PackedTracks } from './pack-tracks';

/** What the server sends a check worker: a new case index to build, or a check to run. */
export type CheckWorkerRequest =
  | { type: 'load'; version: number; packed: PackedTracks }
  | { type: 'check'; id: number; resident: PackedTracks; rule: OverlapRule; budget: WorkBudget };

/** What a check worker answers. */
export type CheckWorkerReply =
  | { type: 'loaded'; version: number; ms: number; indexBytes: number }
  | { type: 'done'; id: number; overlaps: Overlap[]; spent: { pairs: number; cells: number } }
  | { type: 'refused'; id: number; measure: WorkMeasure; limit: number }
  | { type: 'failed'; id: number; message: string };
