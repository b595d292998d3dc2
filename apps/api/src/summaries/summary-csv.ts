import type { ProposalStatsResponse } from './dto/summary.dto';
import { participantNumbers } from './participant-numbers';
import { parseVotes } from './summary-builder';
import type { Dataset } from './summary-dataset';

/**
 * CSV downloads (RFC 4180: comma, double quotes, CRLF; UTF-8 with a byte order mark so that
 * spreadsheet programs read accents right). A text cell that starts with =, +, -, @ or a tab is
 * prefixed with an apostrophe, so that a spreadsheet never runs it as a formula.
 */
const BOM = '\uFEFF';

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function line(cells: (string | number | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export const PROPOSALS_CSV_COLUMNS = [
  'proposal_id', 'link', 'title', 'status', 'channel', 'territory_id', 'created_at',
  'votes_for', 'votes_against', 'votes_neutral', 'votes_total', 'for_share', 'wilson_lower_bound', 'zone', 'controversy',
  'comments', 'answer_status', 'answered_at',
] as const;

/** One row per proposal of the brief, most supported first. */
export function proposalsCsv(items: readonly ProposalStatsResponse[]): string {
  const rows = items.map((p) =>
    line([
      p.id, p.link, p.title, p.status, p.channel, p.territoryId, p.createdAt,
      p.votes.for, p.votes.against, p.votes.neutral, p.votes.total, p.forShare, p.wilsonLowerBound, p.zone, p.controversy,
      p.commentCount, p.answer?.status ?? null, p.answer?.answeredAt ?? null,
    ]),
  );
  return BOM + line([...PROPOSALS_CSV_COLUMNS]) + rows.join('');
}

/**
 * The anonymised vote matrix: one row per voter, named only by an opaque number (stable for the
 * debate, unrelated to the account); one column per proposal (its id); 1 for, −1 against,
 * 0 neutral, empty when the person did not vote on it. Rows by participant number.
 */
export function voteMatrixCsv(data: Dataset): string {
  const columns = data.proposals.length;
  const numbers = participantNumbers(data);
  const order = data.voters.map((_, i) => i).sort((a, b) => numbers[a] - numbers[b]);
  const parts: string[] = [BOM + line(['participant', ...data.proposals.map((p) => p.id)])];
  const cells = new Array<string>(columns);
  for (const i of order) {
    cells.fill('');
    const votes = parseVotes(data.voters[i].votes, data.hourBase);
    for (let t = 0; t < votes.proposals.length; t++) cells[votes.proposals[t]] = String(votes.values[t]);
    parts.push(`${numbers[i]},${cells.join(',')}\r\n`);
  }
  return parts.join('');
}
