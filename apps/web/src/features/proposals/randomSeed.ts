import { readItem, writeItem } from '../../session/storage';

/**
 * sort=random: the API returns the seed it used; keeping it per debate gives the visitor the
 * same order on every visit (fair to every proposal, and stable for the reader).
 */
export const seedKey = (debateId: string) => `participons.seed.${debateId}`;

export function readSeed(debateId: string): string | undefined {
  const value = readItem(seedKey(debateId));
  return value && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : undefined;
}

export function keepSeed(debateId: string, seed: string | null | undefined): void {
  if (seed && /^[A-Za-z0-9_-]{1,64}$/.test(seed)) writeItem(seedKey(debateId), seed);
}
