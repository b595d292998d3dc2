import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { Dataset } from './summary-dataset';
import { SUMMARY_WORKER_IDLE_MS, SUMMARY_WORKER_RESOURCE_LIMITS, summaryTooLarge } from './summary-limits';
import type { SummaryParts } from './summary-parts';
import { SUMMARY_WORKER_ROLE, type WorkerReply, type WorkerTask } from './summary-task';
import { runTask } from './summary.worker';

/**
 * Runs the summary computation on a worker thread, so that a 600,000-vote brief never blocks
 * the event loop. Production runs dist/…/summary.worker.js; the tests run the TypeScript sources
 * through Jest, so there the worker loads summary.worker.ts with SWC (a development dependency).
 * Without a usable worker entry it computes inline, and says so in its logs.
 *
 * The worker has its own heap limits (summary-limits.ts): a brief that exhausts them stops the
 * worker only, fails with SUMMARY_TOO_LARGE, and the next task starts a new worker. An idle worker
 * stops after SUMMARY_WORKER_IDLE_MS, giving its memory back.
 */
export type ComputeMode = 'worker' | 'inline';

/** Loads the worker entry; registers SWC for .ts entries (sources run by the tests). */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
if (workerData.swc) {
  const { readFileSync } = require('node:fs');
  const swc = require(workerData.swc);
  require.extensions['.ts'] = (module, filename) => module._compile(
    swc.transformSync(readFileSync(filename, 'utf8'), {
      filename, sourceMaps: 'inline',
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    }).code, filename);
}
require(workerData.entry);
`;

interface Pending {
  resolve: (value: SummaryParts | string) => void;
  reject: (error: Error) => void;
  /** The worker computing it: a worker that stops fails only its own tasks. */
  worker: Worker;
}

@Injectable()
export class SummaryComputer implements OnModuleDestroy {
  private readonly logger = new Logger(SummaryComputer.name);
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private entry: { path: string; swc: string | null } | null;
  private modeInUse: ComputeMode;
  private resourceLimits: ResourceLimits = SUMMARY_WORKER_RESOURCE_LIMITS;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor() {
    this.entry = workerEntry();
    this.modeInUse = this.entry ? 'worker' : 'inline';
    if (!this.entry) this.logger.warn('summary worker entry not found: summaries are computed on the main thread');
  }

  get mode(): ComputeMode {
    return this.modeInUse;
  }

  /** For benchmarks and tests: force inline computation, or go back to the worker when there is one. */
  useMode(mode: ComputeMode): void {
    this.modeInUse = mode === 'worker' && this.entry ? 'worker' : 'inline';
  }

  /** `items`: keep every proposal's statistics (debate briefs) or only rankings and counts (territories). */
  summary(dataset: Dataset, items: boolean): Promise<SummaryParts> {
    return this.run({ kind: 'summary', dataset, items }) as Promise<SummaryParts>;
  }

  /** For tests: the worker's heap limits; the current worker stops, the next task starts one with them. */
  async useResourceLimits(limits: ResourceLimits): Promise<void> {
    this.resourceLimits = limits;
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  voteMatrixCsv(dataset: Dataset): Promise<string> {
    return this.run({ kind: 'vote-matrix-csv', dataset }) as Promise<string>;
  }

  async onModuleDestroy(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.failAll(new Error('summary worker stopped'));
    await worker?.terminate();
  }

  private async run(task: WorkerTask): Promise<SummaryParts | string> {
    if (this.modeInUse === 'inline') {
      return runTask(task)!;
    }
    const worker = this.ensureWorker();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker });
      worker.postMessage({ id, task });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const entry = this.entry!;
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { role: SUMMARY_WORKER_ROLE, entry: entry.path, swc: entry.swc },
      resourceLimits: this.resourceLimits,
    });
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const pending = this.pending.get(reply.id);
      if (!pending) return;
      this.pending.delete(reply.id);
      if (reply.error !== undefined) pending.reject(new Error(`summary worker: ${reply.error}`));
      else pending.resolve(reply.result!);
      if (this.worker === worker && this.pending.size === 0) this.stopWhenIdle(worker);
    });
    const drop = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      this.failAll(error, worker);
    };
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        this.logger.warn('summary worker ran out of memory: the summary is refused, the next one starts a new worker');
        drop(summaryTooLarge());
      } else {
        this.logger.error({ err: error }, 'summary worker failed');
        drop(error);
      }
    });
    worker.on('exit', (code) => drop(new Error(`summary worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private stopWhenIdle(worker: Worker): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.worker !== worker || this.pending.size > 0) return;
      this.worker = null;
      void worker.terminate();
    }, SUMMARY_WORKER_IDLE_MS);
    this.idleTimer.unref();
  }

  /** Fails the tasks of `worker`, or all of them. */
  private failAll(error: Error, worker?: Worker): void {
    for (const [id, p] of this.pending) {
      if (worker && p.worker !== worker) continue;
      this.pending.delete(id);
      p.reject(error);
    }
  }
}

/** summary.worker.js beside this file (dist), or summary.worker.ts with SWC to load it (sources). */
function workerEntry(): { path: string; swc: string | null } | null {
  const ext = extname(__filename);
  const path = join(__dirname, `summary.worker${ext}`);
  if (!existsSync(path)) return null;
  if (ext === '.js') return { path, swc: null };
  try {
    return { path, swc: require.resolve('@swc/core') };
  } catch {
    return null;
  }
}
