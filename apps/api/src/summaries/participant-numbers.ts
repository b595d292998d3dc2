import { createHmac } from 'node:crypto';
import type { Dataset } from './summary-dataset';

/**
 * Opaque, stable numbers for a debate's voters: 48 bits of HMAC(server key, debate, person).
 * Stable across downloads and restarts, unrelated from one debate to another, and impossible to
 * link to an account without the server's secret (account ids are public, so a plain hash would
 * not do). Computed on the worker thread (10,000 HMACs take tens of milliseconds). Without a key
 * (unit tests), voters are numbered 1, 2, 3… in dataset order.
 */
export function participantNumbers(data: Pick<Dataset, 'voters' | 'participantKey'>): number[] {
  const scope = data.participantKey;
  if (!scope) return data.voters.map((_, i) => i + 1);
  return data.voters.map((v) => createHmac('sha256', scope.key).update(`${scope.debateId}:${v.userId}`).digest().readUIntBE(0, 6));
}
