import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { checkVoteCounters } from '../votes/vote-counters.service';

/** `npm run votes:check [-- --fix]`: recounts every proposal's votes and replays the vote log; exit 1 on drift. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL must be set (npm run votes:check sets it for the embedded database).');
  const fix = process.argv.includes('--fix');
  const db = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    const drift = await checkVoteCounters(db, { fix });
    process.stdout.write(`Pending tally folded into ${drift.pendingFolded} proposal(s).\n`);
    process.stdout.write(`Counters differing from a recount of the votes table: ${drift.counters.length}${fix && drift.counters.length ? ' (repaired)' : ''}\n`);
    for (const d of drift.counters.slice(0, 20)) process.stdout.write(`  ${d.proposalId} stored ${d.stored.join('/')} recount ${d.recount.join('/')}\n`);
    process.stdout.write(`Votes differing from the vote log: ${drift.log.length}\n`);
    for (const d of drift.log.slice(0, 20)) process.stdout.write(`  ${d.proposalId} ${d.userId} vote ${d.vote} log ${d.logged}\n`);
    process.exitCode = (drift.counters.length > 0 && !fix) || drift.log.length > 0 ? 1 : 0;
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
