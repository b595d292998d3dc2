import { parentPort, workerData } from 'node:worker_threads';
import { buildSummary } from './summary-builder';
import { voteMatrixCsv } from './summary-csv';
import { partsTransferList, toSummaryParts } from './summary-parts';
import { SUMMARY_WORKER_ROLE, type WorkerReply, type WorkerTask } from './summary-task';

/**
 * Entry of the summary worker thread: receives datasets, answers with the brief (as JSON text) or
 * the vote matrix. Pure computation only (no database, no Nest), so the API's event loop stays free.
 */
export function runTask(task: WorkerTask): WorkerReply['result'] {
  return task.kind === 'summary' ? toSummaryParts(buildSummary(task.dataset), task.items) : voteMatrixCsv(task.dataset);
}

if (parentPort && (workerData as { role?: string } | null)?.role === SUMMARY_WORKER_ROLE) {
  const port = parentPort;
  port.on('message', (message: { id: number; task: WorkerTask }) => {
    let reply: WorkerReply;
    try {
      reply = { id: message.id, result: runTask(message.task) };
    } catch (error) {
      reply = { id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply, typeof reply.result === 'object' ? partsTransferList(reply.result) : []);
  });
}
