import type { Proposal, ProposalPage } from '../../api/types';

/**
 * The most supported proposals still waiting for an answer: walks the pages of sort=supported
 * and keeps the published ones without an answer, until `wanted` are found or `maxPages` read.
 */
export async function collectUnanswered(
  fetchPage: (cursor: string | undefined) => Promise<ProposalPage>,
  wanted = 10,
  maxPages = 5,
): Promise<{ items: Proposal[]; complete: boolean }> {
  const items: Proposal[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const result = await fetchPage(cursor);
    for (const proposal of result.items) {
      if (proposal.answer === null && proposal.status === 'published') items.push(proposal);
      if (items.length >= wanted) return { items, complete: false };
    }
    if (!result.nextCursor) return { items, complete: true };
    cursor = result.nextCursor;
  }
  return { items, complete: false };
}
