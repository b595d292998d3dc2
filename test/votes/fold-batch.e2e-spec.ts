import { VoteTallyService } from '../../apps/api/src/votes/vote-tally.service';
import { createTestApp, TestApp } from '../support/test-app';

/** The half-second fold moves at most 10,000 waiting delta rows; the rest goes in the next one. */
describe('votes: the fold works in batches', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('moves 10,000 rows a time and the remainder next time, leaving nothing waiting', async () => {
    const tally = t.app.get(VoteTallyService);
    await tally.onApplicationShutdown(); // stops the half-second timer: this test folds by hand
    // Delta rows of proposals that do not exist: the fold moves them without touching any proposal.
    await t.db.query(`INSERT INTO vote_tally (proposal_id, shard, d_for) SELECT gen_random_uuid(), 0, 1 FROM generate_series(1, 10005)`);
    const waiting = async () => (await t.db.query(`SELECT count(*)::int AS n FROM vote_tally WHERE d_for <> 0 OR d_against <> 0 OR d_neutral <> 0`)).rows[0].n as number;
    await tally.flush();
    expect(await waiting()).toBe(5);
    await tally.flush();
    expect(await waiting()).toBe(0);
  });
});
