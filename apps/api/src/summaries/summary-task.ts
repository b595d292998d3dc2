import type { BuiltSummary } from './summary-builder';
import type { Dataset } from './summary-dataset';

/** What the main thread asks the worker, and what it answers. */
export type WorkerTask = { kind: 'summary'; dataset: Dataset } | { kind: 'vote-matrix-csv'; dataset: Dataset };

export interface WorkerReply {
  id: number;
  result?: BuiltSummary | string;
  error?: string;
}

/** Marks our worker threads, so that the entry never answers another thread's port. */
export const SUMMARY_WORKER_ROLE = 'participons-summary';
