import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { BuiltSummary } from './summary-builder';
import type { Dataset } from './summary-dataset';
import { SUMMARY_WORKER_ROLE, type WorkerReply, type WorkerTask } from './summary-task';
import { runTask } from './summary.worker';

/**
 * Runs the summary computation on a worker thread, so that a 600,000-vote brief never blocks
 * the event loop. Production runs dist/…/summary.worker.js; the tests run the TypeScript sources
 * through Jest, so there the worker loads summary.worker.ts with SWC (a development dependency).
 * Without a usable worker entry it computes inline, and says so in its logs.
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
  resolve: (value: BuiltSummary | string) => void;
  reject: (error: Error) => void;
}

@Injectable()
export class SummaryComputer implements OnModuleDestroy {
  private readonly logger = new Logger(SummaryComputer.name);
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private entry: { path: string; swc: string | null } | null;
  private modeInUse: ComputeMode;

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

  summary(dataset: Dataset): Promise<BuiltSummary> {
    return this.run({ kind: 'summary', dataset }) as Promise<BuiltSummary>;
  }

  voteMatrixCsv(dataset: Dataset): Promise<string> {
    return this.run({ kind: 'vote-matrix-csv', dataset }) as Promise<string>;
  }

  async onModuleDestroy(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('summary worker stopped'));
    await worker?.terminate();
  }

  private async run(task: WorkerTask): Promise<BuiltSummary | string> {
    if (this.modeInUse === 'inline') {
      return runTask(task)!;
    }
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, task });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const entry = this.entry!;
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { role: SUMMARY_WORKER_ROLE, entry: entry.path, swc: entry.swc } });
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const pending = this.pending.get(reply.id);
      if (!pending) return;
      this.pending.delete(reply.id);
      if (reply.error !== undefined) pending.reject(new Error(`summary worker: ${reply.error}`));
      else pending.resolve(reply.result!);
    });
    const drop = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      this.failAll(error);
    };
    worker.on('error', (error) => {
      this.logger.error({ err: error }, 'summary worker failed');
      drop(error);
    });
    worker.on('exit', (code) => drop(new Error(`summary worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
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
