import type { ResourceLimits } from 'node:worker_threads';
import { AppException } from '../common/errors/app.exception';

/**
 * How big a summary may get (README, "Production", memory). The API runs with a bounded heap
 * (`--max-old-space-size=192`, scripts/start.mjs and the Dockerfile): a brief is computed on the
 * worker thread within its own limits, then kept as JSON text in a cache of bounded size.
 *
 * - A summary (one debate, or a territory across its debates) covers at most `contributions`
 *   public proposals and published comments together, and `votes` votes. Beyond that, loading is
 *   refused before the rows are read: 422 SUMMARY_TOO_LARGE. The commune of the full scale dataset
 *   (100,000 proposals, 300,000 comments, 1,000,000 votes) and its two biggest quartiers are
 *   beyond them; its other quartiers and every debate (the biggest: 9,700 proposals, 28,000
 *   comments) are within. The exports of a debate follow the same limits.
 * - The worker thread's heap: if a summary within those limits still exhausts it, the worker
 *   alone stops (the API does not), the request gets the same 422, and the next summary starts a
 *   new worker.
 * - One summary is loaded and computed at a time (others wait), so the main thread never holds
 *   more than one dataset.
 */
export const SUMMARY_LIMITS = {
  contributions: 50_000,
  votes: 1_000_000,
} as const;

/**
 * The worker's V8 heap; its typed arrays (vote matrix, silhouette sample: tens of MB) are outside it.
 * A young generation of 32 MB instead of 16 took the quick commune's peak from about 270 to 300 MB.
 */
export const SUMMARY_WORKER_RESOURCE_LIMITS: ResourceLimits = {
  maxOldGenerationSizeMb: 128,
  maxYoungGenerationSizeMb: 16,
};

/** An idle worker stops after this long, and its memory goes back to the system; the next summary starts one (tens of ms). */
export const SUMMARY_WORKER_IDLE_MS = 30_000;

/** Total size of the briefs kept in the cache (their JSON text), besides the count of entries. */
export const SUMMARY_CACHE_MAX_BYTES = 32 * 1024 * 1024;

export function summaryTooLarge(): AppException {
  return new AppException('SUMMARY_TOO_LARGE', { contributions: SUMMARY_LIMITS.contributions, votes: SUMMARY_LIMITS.votes });
}
