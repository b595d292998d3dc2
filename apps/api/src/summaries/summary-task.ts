import type { Dataset } from './summary-dataset';
import type { SummaryParts } from './summary-parts';

/**
 * What the main thread asks the worker, and what it answers. A brief comes back as JSON text
 * (summary-parts.ts); `items`: with every proposal's statistics (debate briefs), or only the
 * rankings and counts (territory briefs).
 */
export type WorkerTask = { kind: 'summary'; dataset: Dataset; items: boolean } | { kind: 'vote-matrix-csv'; dataset: Dataset };

export interface WorkerReply {
  id: number;
  result?: SummaryParts | string;
  error?: string;
}

/** Marks our worker threads, so that the entry never answers another thread's port. */
export const SUMMARY_WORKER_ROLE = 'participons-summary';
